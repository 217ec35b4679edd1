using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Schema;

/// <summary>
/// The Email Activity table over the Web API, as a real organization serves a custom activity table. The regarding lookup
/// is bound per target through the activity's own relationship, <c>regardingobjectid_&lt;table&gt;_&lt;activity&gt;@odata.bind</c>:
/// the task entity type lists <c>regardingobjectid_contact_task</c> (partner <c>Contact_Tasks</c>) beside the inherited,
/// read-only pointer's <c>regardingobjectid_contact</c> (MicrosoftDocs/dynamics-365-customer-engagement
/// progref/webapireference/entitytypes/task.md), and public clients written against real organizations bind
/// <c>regardingobjectid_contact_task@odata.bind</c>. Every activity row is also an <c>activitypointers</c> row with the same
/// id and <c>activitytypecode</c> (https://learn.microsoft.com/power-apps/developer/data-platform/activitypointer-activity-entity),
/// readable only (GET: progref/webapireference/entitytypes/activitypointer.md, "Operations supported: GET").
/// An undeclared bind name gets OData's undeclared-property error, as for any other table.
/// </summary>
public sealed class ActivityTablesTests
{
    private static string Event(string bind, Guid record, string member = "m1") => $$"""
        {"subject":"Open: November news","{{bind}}":"/{{(bind.Contains("_lead_", StringComparison.Ordinal) ? "leads" : "contacts")}}({{record}})",
         "dmc_memberid":"{{member}}","dmc_campaignmailchimpid":"c1","dmc_action":100000001,"dmc_occurredon":"2026-11-02T09:30:00Z",
         "actualstart":"2026-11-02T09:30:00Z","actualend":"2026-11-02T09:30:00Z","statecode":1,"statuscode":2}
        """;

    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, Guid Contact, Guid Lead)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        var client = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        var contact = await WebApiClient.CreateAsync(client, "contacts", """{"lastname":"Otieno","emailaddress1":"yvonne@example.com"}""");
        var lead = await WebApiClient.CreateAsync(client, "leads", """{"lastname":"Lee","emailaddress1":"lee@example.com"}""");
        return (sandbox, client, contact, lead);
    }

    [Fact]
    public async Task Post_ActivityRegardingAContact_IsReadBackThroughTheContactsActivityPointers()
    {
        // Arrange
        var (sandbox, client, contact, _) = await CreateSut();
        await using var owned = sandbox;
        using var _ = client;

        // Act
        var id = await WebApiClient.CreateAsync(client, "dmc_emailactivities", Event("regardingobjectid_contact_dmc_emailactivity@odata.bind", contact));
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Get, $"activitypointers?$select=activitytypecode,subject,_regardingobjectid_value&$filter=_regardingobjectid_value eq {contact}");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(body["value"]!.AsArray())!;
        Assert.Equal((id, "dmc_emailactivity", "Open: November news"), (row["activityid"]!.GetValue<Guid>(), row["activitytypecode"]!.GetValue<string>(), row["subject"]!.GetValue<string>()));
        Assert.Equal(contact, row["_regardingobjectid_value"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task Post_ActivityRegardingALead_BindsTheLeadTypedName()
    {
        // Arrange
        var (sandbox, client, _, lead) = await CreateSut();
        await using var owned = sandbox;
        using var _ = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "dmc_emailactivities", Event("regardingobjectid_lead_dmc_emailactivity@odata.bind", lead));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var row = Assert.Single(sandbox.Organization.Rows("dmc_emailactivity"));
        Assert.Equal(("lead", lead), (((Microsoft.Xrm.Sdk.EntityReference)row["regardingobjectid"]).LogicalName, ((Microsoft.Xrm.Sdk.EntityReference)row["regardingobjectid"]).Id));
    }

    [Theory]
    [InlineData("regardingobjectid_contact@odata.bind")]
    [InlineData("regardingobjectid@odata.bind")]
    [InlineData("regardingobjectid_contact_task@odata.bind")]
    [InlineData("dmc_contact@odata.bind")]
    public async Task Post_ActivityWithABindNameTheTableDoesNotDeclare_Is400AndWritesNothing(string bind)
    {
        // Arrange
        var (sandbox, client, contact, _) = await CreateSut();
        await using var owned = sandbox;
        using var _ = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "dmc_emailactivities", Event(bind, contact));
        var error = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"An undeclared property '{bind[..^"@odata.bind".Length]}'", WebApiClient.ErrorMessage(error), StringComparison.Ordinal);
        Assert.Empty(sandbox.Organization.Rows("dmc_emailactivity"));
    }

    [Fact]
    public async Task Post_ActivityWithTheOldNameColumn_Is400NamingTheProperty()
    {
        // Arrange: an activity's primary name is subject; dmc_name is no column of the table.
        var (sandbox, client, contact, _) = await CreateSut();
        await using var owned = sandbox;
        using var _ = client;
        var body = Event("regardingobjectid_contact_dmc_emailactivity@odata.bind", contact).Replace("\"subject\"", "\"dmc_name\"", StringComparison.Ordinal);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "dmc_emailactivities", body);
        var error = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The property 'dmc_name' does not exist on type 'Microsoft.Dynamics.CRM.dmc_emailactivity'.", WebApiClient.ErrorMessage(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ActivityRegardingAContactThroughTheLeadName_Is400()
    {
        // Arrange: the typed name fixes the target table.
        var (sandbox, client, contact, _) = await CreateSut();
        await using var owned = sandbox;
        using var _ = client;
        var body = Event("regardingobjectid_lead_dmc_emailactivity@odata.bind", contact).Replace($"/leads({contact})", $"/contacts({contact})", StringComparison.Ordinal);

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "dmc_emailactivities", body);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(sandbox.Organization.Rows("activitypointer"));
    }

    [Fact]
    public async Task Post_ToActivityPointers_IsRefusedAndWritesNothing()
    {
        // Arrange
        var (sandbox, client, _, _) = await CreateSut();
        await using var owned = sandbox;
        using var _ = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, "activitypointers", """{"subject":"x"}""");
        var error = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.False(response.IsSuccessStatusCode);
        Assert.Equal("The 'Create' method does not support entities of type 'activitypointer'.", WebApiClient.ErrorMessage(error));
        Assert.Empty(sandbox.Organization.Rows("activitypointer"));
    }

    [Fact]
    public async Task Patch_SameActivityIdTwice_UpsertsOneRowAndOnePointer()
    {
        // Arrange: the pull's rerun, PATCH by its derived id.
        var (sandbox, client, contact, _) = await CreateSut();
        await using var owned = sandbox;
        using var _ = client;
        var id = Guid.NewGuid();
        var body = Event("regardingobjectid_contact_dmc_emailactivity@odata.bind", contact);

        // Act
        using var first = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"dmc_emailactivities({id})", body);
        using var second = await WebApiClient.SendAsync(client, HttpMethod.Patch, $"dmc_emailactivities({id})", body);

        // Assert
        Assert.True(first.IsSuccessStatusCode && second.IsSuccessStatusCode);
        Assert.Equal(id, Assert.Single(sandbox.Organization.Rows("dmc_emailactivity")).Id);
        Assert.Equal(id, Assert.Single(sandbox.Organization.Rows("activitypointer")).Id);
    }
}
