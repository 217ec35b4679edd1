using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>
/// EntityWriteHandlerTests: navigation properties in <c>@odata.bind</c> and the listmember entity set.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/web-api-properties (names are
/// case-sensitive), https://learn.microsoft.com/power-apps/developer/data-platform/webapi/associate-disassociate-entities-using-web-api
/// (a customer lookup is bound as parentcustomerid_account), and MicrosoftDocs/dynamics-365-customer-engagement
/// progref/webapireference/entitytypes/listmember.md ("POST, GET (RetrieveMultiple Only), DELETE"; no navigation property
/// for _listid_value or _entityid_value).
/// </summary>
public sealed partial class EntityWriteHandlerTests
{
    private const string UndeclaredProperty = "An undeclared property '{0}' which only has property annotations in the payload but no property value was found in the payload. In OData, only declared navigation properties and declared named streams can be represented as properties without values.";

    [Theory]
    [InlineData("parentcustomerid")]
    [InlineData("ParentCustomerId_Account")]
    [InlineData("parentcustomerid_Account")]
    public async Task Post_CustomerLookupWithoutExactTypedName_Returns400UndeclaredProperty(string navigation)
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var before = sandbox.Organization.Count("contact");

        // Act
        using var response = await client.PostAsync("contacts", WebApiClient.Json($$"""{"lastname":"Bound","{{navigation}}@odata.bind":"/accounts({{seed.AccountId}})"}"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, UndeclaredProperty, navigation), WebApiClient.ErrorMessage(body));
        Assert.Equal(before, sandbox.Organization.Count("contact"));
    }

    [Fact]
    public async Task Post_TypedCustomerLookupPointingAtOtherTable_Returns400()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.PostAsync("contacts", WebApiClient.Json($$"""{"lastname":"Bound","parentcustomerid_account@odata.bind":"/contacts({{seed.ContactIds[0]}})"}"""));

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_TypedContactCustomer_BindsTheContact()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        var id = await WebApiClient.CreateAsync(client, "contacts", $$"""{"lastname":"Child","parentcustomerid_contact@odata.bind":"/contacts({{seed.ContactIds[0]}})"}""");

        // Assert
        var row = sandbox.Organization.Rows("contact").Single(r => r.Id == id);
        Assert.Equal(new EntityReference("contact", seed.ContactIds[0]), row["parentcustomerid"]);
    }

    [Theory]
    [InlineData("listid")]
    [InlineData("entityid_contact")]
    public async Task Post_ListMemberLookup_Returns400BecauseItHasNoNavigationProperty(string navigation)
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var url = navigation == "listid" ? $"/lists({seed.ListId})" : $"/contacts({seed.ContactIds[2]})";

        // Act
        using var response = await client.PostAsync("listmembers", WebApiClient.Json($$"""{"{{navigation}}@odata.bind":"{{url}}"}"""));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, UndeclaredProperty, navigation), WebApiClient.ErrorMessage(body));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PATCH")]
    public async Task ListMember_RetrieveOrUpdateOneRow_Returns400(string method)
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var member = sandbox.Organization.Rows("listmember").First();

        // Act
        using var response = await WebApiClient.SendAsync(client, new HttpMethod(method), $"listmembers({member.Id})", method == "PATCH" ? "{}" : null);
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("does not support entities of type 'listmember'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListMember_RetrieveMultiple_IsServed()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await client.GetAsync($"listmembers?$select=_entityid_value&$filter=_listid_value eq {seed.ListId}");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, body["value"]!.AsArray().Count);
    }
}
