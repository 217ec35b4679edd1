using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>EntityQueryHandlerTests: paging.</summary>
public sealed partial class EntityQueryHandlerTests
{
    [Fact]
    public async Task Get_Top_LimitsRowsWithoutNextLink()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync("contacts?$select=fullname&$top=2");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(2, body["value"]!.AsArray().Count);
        Assert.Null(body["@odata.nextLink"]);
    }

    [Fact]
    public async Task Get_TwelveThousandRows_PagesWithNextLinkFollowedExactly()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var service = sandbox.Organization.CreateService(new Xrm.Organization.CallerOptions(sandbox.Tokens.AdminUserId, BypassCustomPlugins: true).WithPrivilege(Xrm.Organization.PrivilegeNames.BypassCustomPlugins));
        for (var i = 0; i < 12_000; i++)
        {
            service.Create(new Entity("lead") { ["lastname"] = $"Bulk {i:D5}", ["emailaddress1"] = $"bulk{i}@example.test" });
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pages = 0;
        string? next = "leads?$select=lastname&$filter=startswith(lastname,'Bulk')";

        // Act
        while (next is not null)
        {
            using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, next, null, ("Prefer", "odata.maxpagesize=5000"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("odata.maxpagesize=5000", response.Headers.GetValues("Preference-Applied").Single());
            var body = await WebApiClient.ReadJsonAsync(response);
            foreach (var row in body["value"]!.AsArray())
            {
                Assert.True(seen.Add(row!["leadid"]!.GetValue<string>()));
            }

            pages++;
            next = body["@odata.nextLink"]?.GetValue<string>();
            Assert.True(next is null || next.StartsWith(sandbox.BaseAddress.ToString(), StringComparison.Ordinal));
        }

        // Assert
        Assert.Equal(3, pages);
        Assert.Equal(12_000, seen.Count);
    }

    [Fact]
    public async Task Get_Skip_Returns400AsDataverse()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync("contacts?$skip=2");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$skip", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }
}
