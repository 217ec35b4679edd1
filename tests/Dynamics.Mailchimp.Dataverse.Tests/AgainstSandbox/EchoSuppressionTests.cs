using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// End to end through the client: a contact added to the synced list is queued by the plug-in, and the job's own write
/// (the default <see cref="DataverseClientOptions.WriteTag"/> <c>dmc-sync</c>, sent as <c>?tag=</c>) is not.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/addmemberlist and
/// https://learn.microsoft.com/power-apps/developer/data-platform/understand-the-data-context (the tag shared variable)
/// </summary>
public sealed partial class EchoSuppressionTests
{
    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync();

    [Fact]
    public async Task AddMemberListAsync_UntaggedCaller_PluginQueuesListMemberAddedRow()
    {
        // Arrange
        await using var host = await CreateSut();
        var (untagged, _) = host.CreateClient(o => o.WriteTag = string.Empty);
        var contactId = await CreateContactAsync(untagged, "ada.lovelace@example.test");

        // Act
        var listMemberId = await untagged.AddMemberListAsync(host.Seed.ListId, contactId, CancellationToken.None);
        var rows = await QueueRowsAsync(untagged, contactId);

        // Assert
        Assert.Contains(host.Sandbox.Organization.Rows(TableNames.ListMember), m => m.Id == listMemberId);
        var row = Assert.Single(rows);
        Assert.Equal(QueueItemKinds.ListMemberAdded, row.GetProperty(SandboxNames.QueueKind).GetInt32());
        Assert.Equal(contactId.ToString("D"), row.GetProperty(SandboxNames.QueueTargetId).GetString());
        Assert.Equal(host.Seed.ListId.ToString("D"), row.GetProperty(SandboxNames.QueueListId).GetString());
        Assert.All(host.Sandbox.Requests.Where(r => r.Method == SandboxNames.Post), r => Assert.DoesNotContain("tag=", r.Query, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddMemberListAsync_DefaultWriteTag_MemberAddedButNoQueueRow()
    {
        // Arrange
        await using var host = await CreateSut();
        Assert.Equal("dmc-sync", new DataverseClientOptions().WriteTag);
        var contactId = await CreateContactAsync(host.Client, "grace.hopper@example.test");

        // Act
        await host.Client.AddMemberListAsync(host.Seed.ListId, contactId, CancellationToken.None);
        var rows = await QueueRowsAsync(host.Client, contactId);

        // Assert
        Assert.Empty(rows);
        Assert.Contains(
            host.Sandbox.Organization.Rows(TableNames.ListMember),
            m => m.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(ListMemberFields.EntityId)?.Id == contactId);
        Assert.Contains(host.Sandbox.Organization.PluginExecutions, e => e.Message == MessageNames.AddMember);
        var add = Assert.Single(host.Sandbox.Requests, r => r.Path.EndsWith("/Microsoft.Dynamics.CRM.AddMemberList", StringComparison.Ordinal));
        Assert.Equal("?tag=dmc-sync", add.Query);
    }

    private static async Task<Guid> CreateContactAsync(IDataverseClient client, string email)
    {
        var created = await client.CreateAsync(
            SandboxNames.Contacts,
            new JsonObject { [SandboxNames.FirstName] = "E2E", [SandboxNames.LastName] = email.Split('@')[0], [SandboxNames.Email] = email },
            CancellationToken.None);
        return created.EntityId!.Value;
    }

    private static async Task<List<JsonElement>> QueueRowsAsync(IDataverseClient client, Guid contactId)
    {
        var query = new DataverseQuery(SandboxNames.QueueItems)
        {
            Select = [SandboxNames.QueueKind, SandboxNames.QueueTargetId, SandboxNames.QueueListId],
            Filter = $"{SandboxNames.QueueKind} eq {QueueItemKinds.ListMemberAdded} and {SandboxNames.QueueTargetId} eq '{contactId:D}'",
        };
        var rows = new List<JsonElement>();
        await foreach (var row in client.QueryAsync(query, CancellationToken.None))
        {
            rows.Add(row);
        }

        return rows;
    }
}
