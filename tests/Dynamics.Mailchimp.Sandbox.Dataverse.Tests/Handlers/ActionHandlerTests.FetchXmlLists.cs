using System.Net;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// ActionHandlerTests: the FetchXML list messages. AddMembersByFetchXmlList adds what the query returns;
/// RemoveMembersByFetchXmlList removes what it returns, or with KeepReturned everything else. Their FetchXML is translated
/// like <c>?fetchXml=</c>. No plug-in step of the connector runs on them, so they queue nothing.
/// Conformance: the parameters as public SDK code (OrganizationRequest("AddMembersByFetchXmlList") {ListId, FetchXml}) and
/// Microsoft's marketing-list client script (RemoveMembersByFetchXmlListRequest: FetchXml, KeepReturned) send them.
/// </summary>
public sealed partial class ActionHandlerTests
{
    private const string AllContacts = "<fetch><entity name='contact'><attribute name='contactid'/></entity></fetch>";

    private static string ByLastName(string last) =>
        $"<fetch><entity name='contact'><attribute name='contactid'/><filter><condition attribute='lastname' operator='eq' value='{last}'/></filter></entity></fetch>";

    private static string Json(string fetchXml, bool? keepReturned = null) =>
        System.Text.Json.JsonSerializer.Serialize(keepReturned is { } keep ? new Dictionary<string, object> { ["FetchXml"] = fetchXml, ["KeepReturned"] = keep } : new Dictionary<string, object> { ["FetchXml"] = fetchXml });

    [Fact]
    public async Task AddMembersByFetchXmlList_AddsWhatTheQueryReturnsOnce_AndQueuesNothing()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var queued = sandbox.Organization.Count(TableNames.QueueItem);
        var third = sandbox.Organization.Rows(TableNames.Contact).Single(c => c.Id == seed.ContactIds[2]);

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMembersByFetchXmlList", WebApiClient.Json(Json(ByLastName(third.GetAttributeValue<string>(PersonFields.LastName)))));
        using var again = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMembersByFetchXmlList", WebApiClient.Json(Json(AllContacts)));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(seed.ContactIds.Order(), Members(sandbox, seed.ListId).Order());
        Assert.Equal(queued, sandbox.Organization.Count(TableNames.QueueItem));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RemoveMembersByFetchXmlList_RemovesReturnedOrWithKeepReturnedTheOthers(bool keepReturned)
    {
        // Arrange: the list holds the first two contacts; the query returns the first one.
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var first = sandbox.Organization.Rows(TableNames.Contact).Single(c => c.Id == seed.ContactIds[0]);

        // Act
        using var response = await client.PostAsync(
            $"lists({seed.ListId})/Microsoft.Dynamics.CRM.RemoveMembersByFetchXmlList",
            WebApiClient.Json(Json(ByLastName(first.GetAttributeValue<string>(PersonFields.LastName)), keepReturned)));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([keepReturned ? seed.ContactIds[0] : seed.ContactIds[1]], Members(sandbox, seed.ListId));
        Assert.Equal(1, sandbox.Organization.Rows(TableNames.List).Single(l => l.Id == seed.ListId).GetAttributeValue<int>("membercount"));
    }

    [Fact]
    public async Task AddMembersByFetchXmlList_QueryOfAnotherTable_IsRefusedAndChangesNothing()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var members = Members(sandbox, seed.ListId);

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMembersByFetchXmlList", WebApiClient.Json(Json("<fetch><entity name='lead'><attribute name='leadid'/></entity></fetch>")));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lead records", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(members, Members(sandbox, seed.ListId));
    }

    [Theory]
    [InlineData("top='1'", "top")]
    [InlineData("count='1' page='1'", "count")]
    public async Task AddMembersByFetchXmlList_TopOrPaging_Returns501NamingItAndChangesNothing(string attributes, string named)
    {
        // Arrange: how the message treats top and paging is not documented; the sandbox does not guess.
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var members = Members(sandbox, seed.ListId);

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMembersByFetchXmlList", WebApiClient.Json(Json($"<fetch {attributes}><entity name='contact'><attribute name='contactid'/></entity></fetch>")));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains($"'{named}'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(members, Members(sandbox, seed.ListId));
    }
}
