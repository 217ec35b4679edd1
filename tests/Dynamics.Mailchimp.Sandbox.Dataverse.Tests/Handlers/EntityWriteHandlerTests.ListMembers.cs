using System.Net;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// EntityWriteHandlerTests: writing listmember rows directly.
/// Conformance: MicrosoftDocs/dynamics-365-customer-engagement ce/developer/reference/entities/listmember.md
/// (Delete: DELETE /listmembers(listmemberid), an event); Create is listed there but refused by real organizations with
/// "Create method does not support entity type of listmember", as recorded in MengSung/SpeechMessageProducts
/// (ToolUtility/ListOperations/ListService.cs and its Phase 2.3 listmember error-fix notes, which quote the error before
/// switching to AddMemberListRequest).
/// </summary>
public sealed partial class EntityWriteHandlerTests
{
    [Fact]
    public async Task Delete_ListMemberOfSyncedList_RemovesTheRowAndQueuesTheRemoval()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var member = sandbox.Organization.Rows(TableNames.ListMember).First(m => ((EntityReference)m[ListMemberFields.ListId]).Id == seed.ListId);
        var contactId = ((EntityReference)member[ListMemberFields.EntityId]).Id;
        var queued = sandbox.Organization.Count(TableNames.QueueItem);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Delete, $"listmembers({member.Id})", null);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(sandbox.Organization.Rows(TableNames.ListMember), m => m.Id == member.Id);
        Assert.Equal(queued + 1, sandbox.Organization.Count(TableNames.QueueItem));
        var row = Assert.Single(sandbox.Organization.Rows(TableNames.QueueItem), r => ((OptionSetValue)r[QueueItemFields.Kind]).Value == QueueItemKinds.ListMemberRemoved);
        Assert.Equal(seed.ListId.ToString(), row[QueueItemFields.ListId]?.ToString(), ignoreCase: true);
        Assert.Equal(contactId.ToString(), row[QueueItemFields.TargetId]?.ToString(), ignoreCase: true);
    }

    [Fact]
    public async Task Post_ListMember_Returns400WithTheRecordedCreateError()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var members = sandbox.Organization.Count(TableNames.ListMember);

        // Act
        using var response = await client.PostAsync("listmembers", WebApiClient.Json("{}"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Create method does not support entity type of listmember", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(members, sandbox.Organization.Count(TableNames.ListMember));
    }
}
