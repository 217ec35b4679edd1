using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// Marketing-list actions.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/use-web-api-actions and
/// https://learn.microsoft.com/dynamics365/customerengagement/on-premises/developer/webapi/reference/addmemberlist
/// </summary>
public sealed partial class ActionHandlerTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, SeedResult Seed)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        var seed = SandboxSeed.Apply(sandbox);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.AdminToken), seed);
    }

    private static Guid[] Members(DataverseSandbox sandbox, Guid listId) =>
        sandbox.Organization.Rows("listmember")
            .Where(m => ((EntityReference)m["listid"]).Id == listId)
            .Select(m => ((EntityReference)m["entityid"]).Id)
            .ToArray();

    [Fact]
    // Conformance: the AddMemberListResponse complex type has one property, Id (MicrosoftDocs/dynamics-365-customer-engagement
    // progref/webapireference/complextypes/addmemberlistresponse.md; SDK AddMemberListResponse.Id).
    public async Task AddMemberList_Bound_AddsMemberAndReturnsListMemberIdAsId()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMemberList", WebApiClient.Json($$"""{"EntityId":"{{seed.ContactIds[2]}}"}"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(seed.ContactIds[2], Members(sandbox, seed.ListId));
        Assert.Contains(sandbox.Organization.Rows("listmember"), m => m.Id == Guid.Parse(body["Id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task AddMemberList_WithoutNamespace_Returns400UnresolvedParameters()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/AddMemberList", WebApiClient.Json($$"""{"EntityId":"{{seed.ContactIds[2]}}"}"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Request message has unresolved parameters.", WebApiClient.ErrorMessage(body));
        Assert.DoesNotContain(seed.ContactIds[2], Members(sandbox, seed.ListId));
    }

    [Fact]
    public async Task AddListMembersList_Unbound_AddsEveryMember()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var json = $$"""
            {"List":{"@odata.type":"Microsoft.Dynamics.CRM.list","listid":"{{seed.ListId}}"},
             "Members":[{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{seed.ContactIds[2]}}"},
                        {"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":"{{seed.ContactIds[3]}}"}]}
            """;

        // Act
        using var response = await client.PostAsync("AddListMembersList", WebApiClient.Json(json));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(seed.ContactIds.Order().ToArray(), Members(sandbox, seed.ListId).Order().ToArray());
    }

    [Theory]
    [InlineData("""{"EntityId":"MEMBER"}""")]
    [InlineData("""{"ListMember":{"listmemberid":"MEMBER"}}""")]
    public async Task RemoveMemberList_EitherParameterShape_RemovesMember(string template)
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.RemoveMemberList", WebApiClient.Json(template.Replace("MEMBER", seed.ContactIds[0].ToString(), StringComparison.Ordinal)));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([seed.ContactIds[1]], Members(sandbox, seed.ListId));
    }

    [Fact]
    public async Task BoundAction_UnknownName_Returns404ForSegment()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync($"lists({seed.ListId})/Microsoft.Dynamics.CRM.CopyCampaign", WebApiClient.Json("{}"));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Resource not found for the segment 'Microsoft.Dynamics.CRM.CopyCampaign'.", WebApiClient.ErrorMessage(body));
    }
}
