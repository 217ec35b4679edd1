using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Solution.Tests.Registration;

public sealed class PluginTypeIdsTests
{
    [Fact]
    public void Of_Rfc9562Version5TestVector_GivesThePublishedId()
    {
        // Arrange: RFC 9562 Appendix A.4, "Example of a UUIDv5 Value" (DNS namespace, "www.example.com").
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        // Act
        var id = PluginTypeIds.Of(dns, "www.example.com");

        // Assert
        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), id);
    }

    [Fact]
    public void Of_DifferentTypes_GiveDifferentIds()
    {
        // Arrange
        var assembly = new Guid("d45b9276-bb8a-4678-ab2c-af711e476710");

        // Act
        var a = PluginTypeIds.Of(assembly, "Dynamics.Mailchimp.Plugins.MemberCreatedPlugin");
        var b = PluginTypeIds.Of(assembly, "Dynamics.Mailchimp.Plugins.MemberUpdatedPlugin");

        // Assert
        Assert.NotEqual(a, b);
    }
}
