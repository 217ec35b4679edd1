using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Handlers;

/// <summary>What UpsertMultiple refuses or leaves to the single messages: unknown parameters, unserved shapes, $batch, plug-ins.</summary>
public sealed partial class UpsertMultipleHandlerTests
{
    [Fact]
    // Conformance: the action's one parameter is Targets (webapi/reference/upsertmultiple, "Parameters"); another name is
    // refused as for every action (ActionRequestBuilder).
    public async Task UpsertMultiple_UnknownParameter_Is400NamingIt()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, $$"""{"Targets":[{{Campaign(Guid.NewGuid(), "c1", "A")}}],"ContinueOnError":true}""");
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'ContinueOnError'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Organization.Count("dmc_mailchimpcampaign"));
    }

    [Theory]
    // Conformance: "not all" standard tables support the bulk messages (bulk-operations, "Availability with standard
    // tables"); which do, the sandbox does not know. CreateMultiple and UpdateMultiple exist but are not served here, and
    // targets identified by @odata.id (alternate keys) or by nothing are not implemented: all fail loudly, 501.
    [InlineData("contacts/Microsoft.Dynamics.CRM.UpsertMultiple", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.contact\",\"contactid\":\"6f2a35c4-62f7-4a52-9d2e-3c0b8e4f0a11\",\"lastname\":\"A\"}")]
    [InlineData("dmc_mailchimpcampaigns/Microsoft.Dynamics.CRM.CreateMultiple", "{\"@odata.type\":\"Microsoft.Dynamics.CRM.dmc_mailchimpcampaign\",\"dmc_mailchimpid\":\"c1\",\"dmc_name\":\"A\"}")]
    [InlineData(Path, "{\"@odata.type\":\"Microsoft.Dynamics.CRM.dmc_mailchimpcampaign\",\"@odata.id\":\"dmc_mailchimpcampaigns(dmc_mailchimpid='c1')\",\"dmc_name\":\"A\"}")]
    [InlineData(Path, "{\"@odata.type\":\"Microsoft.Dynamics.CRM.dmc_mailchimpcampaign\",\"dmc_mailchimpid\":\"c1\",\"dmc_name\":\"A\"}")]
    public async Task BulkMessage_ShapeTheSandboxDoesNotServe_Is501AndWritesNothing(string path, string target)
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var before = sandbox.Organization.Count("contact");

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, path, Targets(target));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("is not implemented in the Dataverse sandbox", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
        Assert.Equal((0, before), (sandbox.Organization.Count("dmc_mailchimpcampaign"), sandbox.Organization.Count("contact")));
    }

    [Fact]
    public async Task UpsertMultiple_UnknownQueryOption_Is501NamingIt()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path + "?$select=dmc_name", Targets(Campaign(Guid.NewGuid(), "c1", "A")));
        var body = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Contains("'$select'", WebApiClient.ErrorMessage(body), StringComparison.Ordinal);
    }

    [Fact]
    // Conformance: a $batch carries up to 1,000 requests, actions among them
    // (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api); the
    // bulk request is one of them, answered with its own 204, and the operations after it run after it.
    public async Task UpsertMultiple_InsideABatch_IsOneOperationFollowedByTheNext()
    {
        // Arrange
        var (sandbox, client) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var body = new BatchBody()
            .Operation("POST", "/api/data/v9.2/" + Path, Targets(Campaign(first, "c1", "A"), Campaign(second, "c2", "B")))
            .Operation("PATCH", $"/api/data/v9.2/dmc_mailchimpcampaigns({first})", """{"dmc_name":"A again"}""");

        // Act
        using var response = await client.PostAsync("$batch", body.ToContent());

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statuses = await BatchAnswer.StatusesAsync(response);
        Assert.Equal([204, 204], statuses);
        Assert.Equal(("A again", "B"), (NameOf(sandbox, first), NameOf(sandbox, second)));
    }

    [Fact]
    // Conformance: "When a bulk operation message is used, the respective Create and Update event occurs for each Entity
    // instance in the Targets parameter" (bulk-operations, "Message pipelines merged").
    public async Task UpsertMultiple_StepsOnCreateAndUpdate_RunOncePerTarget()
    {
        // Arrange
        var steps = new[] { Step("Create"), Step("Update") };
        var organization = new InMemoryOrganization(new InMemoryOrganizationOptions
        {
            Registrations = new PluginRegistrationManifest(new PluginAssemblyRegistration("Test", Guid.NewGuid(), "Sandbox", "Database"), steps),
            PluginFactory = _ => new NoOpPlugin(),
        });
        var (sandbox, client) = await CreateSut(new DataverseSandboxOptions { Organization = organization });
        await using var _sandbox = sandbox;
        using var _client = client;
        var existing = await WebApiClient.CreateAsync(client, "dmc_mailchimpcampaigns", """{"dmc_mailchimpid":"c1","dmc_name":"Before"}""");
        organization.ClearPluginExecutions();
        var created = Guid.NewGuid();

        // Act
        using var response = await WebApiClient.SendAsync(client, HttpMethod.Post, Path, Targets(Campaign(existing, "c1", "After"), Campaign(created, "c2", "New")));

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(
            [("Create", created), ("Update", existing)],
            organization.PluginExecutions.Select(e => (e.Message, e.EntityId)).Order().ToArray());
    }

    private static PluginStepRegistration Step(string message) =>
        new(Guid.NewGuid(), message, "Test." + message, message, "dmc_mailchimpcampaign", PluginStage.PostOperation, PluginMode.Synchronous, 1, [], [], null, null);

    private sealed class NoOpPlugin : IPlugin
    {
        public void Execute(IServiceProvider serviceProvider)
        {
        }
    }
}
