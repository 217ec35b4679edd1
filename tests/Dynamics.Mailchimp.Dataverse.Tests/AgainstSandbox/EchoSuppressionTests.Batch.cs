using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>The write tag inside $batch: it goes on the inner requests, so it decides per operation.</summary>
public sealed partial class EchoSuppressionTests
{
    [Theory]
    [InlineData("", 1)]
    [InlineData("dmc-sync", 0)]
    public async Task ExecuteBatchAsync_AddMemberListInBatch_TagOnInnerRequestDecidesWhetherItIsQueued(string writeTag, int expectedRows)
    {
        // Arrange
        await using var host = await CreateSut();
        var (client, _) = host.CreateClient(o => o.WriteTag = writeTag);
        var contactId = await CreateContactAsync(client, "barbara.liskov@example.test");
        var add = BatchOperation.Action(
            "AddMemberList", new JsonObject { ["EntityId"] = contactId.ToString("D") }, "lists", host.Seed.ListId);

        // Act
        var result = await client.ExecuteBatchAsync([add], continueOnError: true, CancellationToken.None);
        var rows = await QueueRowsAsync(client, contactId);

        // Assert
        Assert.True(result.AllSucceeded);
        Assert.Equal(expectedRows, rows.Count);
        Assert.Contains(
            host.Sandbox.Organization.Rows(TableNames.ListMember),
            m => m.GetAttributeValue<Microsoft.Xrm.Sdk.EntityReference>(ListMemberFields.EntityId)?.Id == contactId);
    }
}
