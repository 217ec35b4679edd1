using System.Net;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Batch;

/// <summary>BatchHandlerTests: changesets.</summary>
public sealed partial class BatchHandlerTests
{
    [Fact]
    public async Task Post_ChangesetWithFailure_RollsBackEveryOperationAndItsQueueRows()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var queueBefore = sandbox.Organization.Count(TableNames.QueueItem);
        var body = new BatchBody().Changeset(
            ("POST", "contacts", """{"lastname":"Atomic","emailaddress1":"atomic@example.test"}""", "1"),
            ("POST", $"lists({seed.ListId})/Microsoft.Dynamics.CRM.AddMemberList", """{"EntityId":"PLACEHOLDER"}""", "2"),
            ("PATCH", $"contacts({seed.ContactIds[0]})", """{"emailaddress1":"changed@contoso-coffee.com"}""", "3"),
            ("POST", "contacts", """{"lastname":"Broken","shoesize":1}""", "4"));
        var content = body.ToContent();
        var text = (await content.ReadAsStringAsync()).Replace("PLACEHOLDER", seed.ContactIds[2].ToString(), StringComparison.Ordinal);
        using var replaced = new StringContent(text, System.Text.Encoding.UTF8);
        replaced.Headers.ContentType = content.Headers.ContentType;

        // Act
        using var response = await client.PostAsync("$batch", replaced);
        var statuses = await BatchAnswer.StatusesAsync(response);

        // Assert
        Assert.Equal([400], statuses);
        Assert.False(HasContact(sandbox, "Atomic"));
        Assert.Equal("yvonne.mckay@contoso-coffee.com", sandbox.Organization.Rows(TableNames.Contact).Single(r => r.Id == seed.ContactIds[0])[MemberFields.EmailAddress1]);
        Assert.DoesNotContain(sandbox.Organization.Rows(TableNames.ListMember), m => ((EntityReference)m[ListMemberFields.EntityId]).Id == seed.ContactIds[2]);
        Assert.Equal(queueBefore, sandbox.Organization.Count(TableNames.QueueItem));
    }

    [Fact]
    public async Task Post_ChangesetWithContentIdReference_BindsToTheCreatedRow()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = new BatchBody().Changeset(
            ("POST", "accounts", """{"name":"Referenced Ltd"}""", "1"),
            ("POST", "contacts", """{"lastname":"Referencing","parentcustomerid_account@odata.bind":"$1"}""", "2"),
            ("PATCH", "$1", """{"telephone1":"555-0100"}""", "3"));

        // Act
        using var response = await client.PostAsync("$batch", body.ToContent());
        var statuses = await BatchAnswer.StatusesAsync(response);

        // Assert
        Assert.Equal([204, 204, 204], statuses);
        var account = sandbox.Organization.Rows(TableNames.Account).Single(a => a.GetAttributeValue<string>(AccountFields.Name) == "Referenced Ltd");
        Assert.Equal("555-0100", account["telephone1"]);
        var contact = sandbox.Organization.Rows(TableNames.Contact).Single(r => r.GetAttributeValue<string>(PersonFields.LastName) == "Referencing");
        Assert.Equal(account.Id, ((EntityReference)contact["parentcustomerid"]).Id);
    }

    [Fact]
    public async Task Post_ChangesetWithGet_Returns400()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = new BatchBody().Changeset(("GET", "contacts", null, "1"));

        // Act
        using var response = await client.PostAsync("$batch", body.ToContent());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    // Conformance: "Within changesets you can use $parameter … to reference URIs returned for new entities created earlier in
    // the same changeset" (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api#reference-uris-in-an-operation;
    // OData 4.0 part 1, 11.7.3.1).
    public async Task Post_ContentIdReferenceFromAnotherChangeset_Returns400AndCreatesNothingMore()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = new BatchBody()
            .Changeset(("POST", "accounts", """{"name":"First set Ltd"}""", "1"))
            .Changeset(("PATCH", "$1", """{"name":"Renamed Ltd"}""", "2"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = body.ToContent() };
        request.Headers.Add("Prefer", "odata.continue-on-error");

        // Act
        using var response = await client.SendAsync(request);
        var statuses = await BatchAnswer.StatusesAsync(response);

        // Assert
        Assert.Equal([204, 400], statuses);
        Assert.Contains(sandbox.Organization.Rows(TableNames.Account), a => (string?)a["name"] == "First set Ltd");
        Assert.DoesNotContain(sandbox.Organization.Rows(TableNames.Account), a => (string?)a["name"] == "Renamed Ltd");
    }
}
