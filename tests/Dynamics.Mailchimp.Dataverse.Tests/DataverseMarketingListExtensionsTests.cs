using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests;

/// <summary>List actions. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-actions</summary>
public sealed class DataverseMarketingListExtensionsTests
{
    private static readonly Guid ListId = Guid.Parse("00000000-0000-0000-0000-00000000001a");
    private static readonly Guid ContactId = Guid.Parse("00000000-0000-0000-0000-00000000002b");

    private static ClientHost CreateSut() => ClientHost.Create();

    [Fact]
    public async Task AddMemberListAsync_PostsBoundActionWithEntityId()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, """{"@odata.context":"x","Id":"00000000-0000-0000-0000-00000000003c"}""");

        // Act
        var listMemberId = await host.Client.AddMemberListAsync(ListId, ContactId, CancellationToken.None);

        // Assert (AddMemberListResponse has one property, Id: MicrosoftDocs/dynamics-365-customer-engagement
        // progref/webapireference/complextypes/addmemberlistresponse.md)
        Assert.Equal(Guid.Parse("00000000-0000-0000-0000-00000000003c"), listMemberId);
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal($"{ClientHost.ServiceRoot}lists({ListId})/Microsoft.Dynamics.CRM.AddMemberList?tag=dmc-sync", request.Uri.AbsoluteUri);
        Assert.Equal(ContactId, JsonNode.Parse(request.Body)!["EntityId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task AddMemberListAsync_AnswerWithoutId_ThrowsResponseFormatException()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.EnqueueJson(HttpStatusCode.OK, """{"@odata.context":"x","id":"00000000-0000-0000-0000-00000000003c"}""");

        // Act
        var error = await Assert.ThrowsAsync<Dynamics.Mailchimp.Dataverse.Errors.DataverseResponseFormatException>(() => host.Client.AddMemberListAsync(ListId, ContactId, CancellationToken.None));

        // Assert
        Assert.Contains(ListId.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddListMembersListAsync_PostsUnboundActionWithTypedParameters()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent));

        // Act
        await host.Client.AddListMembersListAsync(ListId, "contact", [ContactId], CancellationToken.None);

        // Assert
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal(ClientHost.ServiceRoot + "AddListMembersList?tag=dmc-sync", request.Uri.AbsoluteUri);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("Microsoft.Dynamics.CRM.list", body["List"]!["@odata.type"]!.GetValue<string>());
        Assert.Equal(ListId, body["List"]!["listid"]!.GetValue<Guid>());
        var member = Assert.Single(body["Members"]!.AsArray())!;
        Assert.Equal("Microsoft.Dynamics.CRM.contact", member["@odata.type"]!.GetValue<string>());
        Assert.Equal(ContactId, member["contactid"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task RemoveMemberListAsync_PostsBoundAction()
    {
        // Arrange
        using var host = CreateSut();
        host.Handler.Enqueue(_ => RecordingHandler.Empty(HttpStatusCode.NoContent));

        // Act
        await host.Client.RemoveMemberListAsync(ListId, ContactId, CancellationToken.None);

        // Assert
        var request = Assert.Single(host.Handler.Requests);
        Assert.Equal($"{ClientHost.ServiceRoot}lists({ListId})/Microsoft.Dynamics.CRM.RemoveMemberList?tag=dmc-sync", request.Uri.AbsoluteUri);
        Assert.Equal(ContactId, JsonNode.Parse(request.Body)!["EntityId"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task ExecuteActionAsync_MalformedName_ThrowsArgumentException()
    {
        // Arrange
        using var host = CreateSut();

        // Act
        var error = await Assert.ThrowsAsync<ArgumentException>(() => host.Client.ExecuteActionAsync("Add/../x", null, CancellationToken.None));

        // Assert
        Assert.Contains("Add/../x", error.Message, StringComparison.Ordinal);
        Assert.Empty(host.Handler.Requests);
    }
}
