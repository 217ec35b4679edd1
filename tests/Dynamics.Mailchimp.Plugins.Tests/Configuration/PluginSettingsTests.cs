using Dynamics.Mailchimp.Plugins.Configuration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Configuration;

public sealed class PluginSettingsTests
{
    [Fact]
    public void Parse_Null_UsesDefaults()
    {
        // Act
        var settings = PluginSettings.Parse(null, "P");

        // Assert
        Assert.Equal("dmc-sync", settings.EchoTag);
        Assert.Empty(settings.ConnectorUserIds);
        Assert.Empty(settings.Columns);
    }

    [Fact]
    public void Parse_AllKeys_ReadsThemTrimmedAndLowercasesColumns()
    {
        // Arrange
        var user = Guid.NewGuid();

        // Act
        var settings = PluginSettings.Parse($" EchoTag = job ; ConnectorUserIds={user}, {user} ; Columns=Telephone1, address1_city;", "P");

        // Assert
        Assert.Equal("job", settings.EchoTag);
        Assert.Equal([user], settings.ConnectorUserIds);
        Assert.Equal(["telephone1", "address1_city"], settings.Columns);
    }

    [Theory]
    [InlineData("Colums=telephone1", "unknown key 'Colums'")]
    [InlineData("EchoTag", "'EchoTag' is not Key=value")]
    [InlineData("EchoTag= ", "EchoTag has no value")]
    [InlineData("ConnectorUserIds=me", "'me' is not a GUID")]
    public void Parse_Invalid_ThrowsNamingPluginAndProblem(string configuration, string expected)
    {
        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => PluginSettings.Parse(configuration, "MemberUpdatedPlugin"));

        // Assert
        Assert.Contains("MemberUpdatedPlugin", error.Message);
        Assert.Contains(expected, error.Message);
    }
}
