using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// ActionHandlerTests: list actions the in-memory organization does not execute (it has no executor for
/// AddMembersByFetchXmlList or RemoveMembersByFetchXmlList: it does not evaluate FetchXML) answer 501 naming the action, with the
/// documented parameters accepted first, and change nothing.
/// Conformance: the FetchXML actions' parameters as public SDK code and Microsoft's marketing-list
/// client script send them (RemoveMembersByFetchXmlListRequest: FetchXml, KeepReturned).
/// </summary>
public sealed partial class ActionHandlerTests
{
    private const string ContactFetch = "<fetch><entity name='contact'><attribute name='contactid'/></entity></fetch>";

    [Theory]
    [InlineData("AddMembersByFetchXmlList", """{"FetchXml":"FETCH"}""")]
    [InlineData("RemoveMembersByFetchXmlList", """{"FetchXml":"FETCH","KeepReturned":false}""")]
    public async Task ListAction_OrganizationLacksMessage_Returns501NamingActionAndChangesNothing(string action, string template)
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var members = Members(sandbox, seed.ListId);
        var queued = sandbox.Organization.Count("dmc_syncqueueitem");
        var json = template
            .Replace("LIST", seed.ListId.ToString(), StringComparison.Ordinal)
            .Replace("CONTACT", seed.ContactIds[0].ToString(), StringComparison.Ordinal)
            .Replace("FETCH", ContactFetch, StringComparison.Ordinal);

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.{action}", WebApiClient.Json(json));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.StartsWith($"The action '{action}'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(members, Members(sandbox, seed.ListId));
        Assert.Equal(queued, sandbox.Organization.Count("dmc_syncqueueitem"));
    }
}
