using System.Text.Json.Nodes;
using Dynamics.Mailchimp.OfficialClients.Tests.Support;

namespace Dynamics.Mailchimp.OfficialClients.Tests;

/// <summary>The Node project pins and installs the official client version the checks were written against.</summary>
public sealed partial class MailchimpNodeClientTests
{
    [Fact]
    public void Package_OfficialClient_IsThePinnedVersion()
    {
        // Arrange
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(NodeClientProject.Folder, "package.json")))!;
        var lockFile = JsonNode.Parse(File.ReadAllText(Path.Combine(NodeClientProject.Folder, "package-lock.json")))!;

        // Act
        var pinned = manifest["dependencies"]?[NodeClientProject.ClientPackage]?.GetValue<string>();
        var locked = lockFile["packages"]?["node_modules/" + NodeClientProject.ClientPackage]?["version"]?.GetValue<string>();
        var installed = JsonNode.Parse(File.ReadAllText(NodeClientProject.InstalledClientManifest))!["version"]?.GetValue<string>();

        // Assert
        Assert.Equal(NodeClientProject.PinnedClientVersion, pinned);
        Assert.Equal(NodeClientProject.PinnedClientVersion, locked);
        Assert.Equal(NodeClientProject.PinnedClientVersion, installed);
    }
}
