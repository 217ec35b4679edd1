using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Pipeline;

/// <summary>Issue #8: a step whose configuration is invalid fails with a message naming the setting, not a constructor failure.</summary>
public sealed class QueuePluginTests
{
    [Theory]
    [InlineData("Colums=telephone1")]
    [InlineData("ConnectorUserIds=me")]
    [InlineData("EchoTag")]
    [InlineData("EchoTag=")]
    public void Constructor_InvalidConfiguration_DoesNotThrow(string configuration)
    {
        // Act
        var error = Record.Exception(() => new MemberUpdatedPlugin(configuration, null));

        // Assert
        Assert.Null(error);
    }

    [Theory]
    [InlineData("Colums=telephone1", "unknown key 'Colums'")]
    [InlineData("ConnectorUserIds=me", "ConnectorUserIds value 'me' is not a GUID")]
    [InlineData("EchoTag", "'EchoTag' is not Key=value")]
    [InlineData("EchoTag=", "EchoTag has no value")]
    public void Execute_InvalidConfiguration_FailsNamingThePluginAndTheSetting(string configuration, string expected)
    {
        // Arrange
        var org = new OrganizationFixture();
        var plugin = new ListDeletedPlugin(configuration, null);

        // Act
        var error = Assert.Throws<InvalidPluginExecutionException>(() => org.Organization.InvokePlugin(plugin, new PluginInvocation(MessageNames.Delete, TableNames.List, Guid.NewGuid())));

        // Assert
        Assert.Contains(nameof(ListDeletedPlugin), error.Message, StringComparison.Ordinal);
        Assert.Contains("unsecure configuration", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
