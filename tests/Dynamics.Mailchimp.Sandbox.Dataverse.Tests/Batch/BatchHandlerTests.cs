using System.Net;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Batch;

/// <summary>
/// $batch: per-operation results, continue-on-error, change sets and Content-ID references.
/// Conformance: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api
/// </summary>
public sealed partial class BatchHandlerTests
{
    private static async Task<(DataverseSandbox Sandbox, HttpClient Client, SeedResult Seed)> CreateSut()
    {
        var sandbox = await Sandboxes.StartAsync();
        var seed = SandboxSeed.Apply(sandbox);
        return (sandbox, sandbox.CreateClient(sandbox.Tokens.AdminToken), seed);
    }

    private static bool HasContact(DataverseSandbox sandbox, string lastName) =>
        sandbox.Organization.Rows(TableNames.Contact).Any(r => r.GetAttributeValue<string>(PersonFields.LastName) == lastName);

    [Fact]
    public async Task Post_ContinueOnError_AnswersEveryOperationWithItsStatus()
    {
        // Arrange
        var (sandbox, client, seed) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = new BatchBody()
            .Operation("POST", "/api/data/v9.2/contacts", """{"lastname":"First"}""")
            .Operation("POST", "/api/data/v9.2/contacts", """{"lastname":"Bad","shoesize":1}""")
            .Operation("GET", $"/api/data/v9.2/contacts({seed.ContactIds[0]})?$select=lastname")
            .Operation("POST", sandbox.BaseAddress + "contacts", """{"lastname":"Last"}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = body.ToContent() };
        request.Headers.Add("Prefer", "odata.continue-on-error");

        // Act
        using var response = await client.SendAsync(request);
        var statuses = await BatchAnswer.StatusesAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("multipart/mixed", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        Assert.Equal([204, 400, 200, 204], statuses);
        Assert.True(HasContact(sandbox, "First"));
        Assert.True(HasContact(sandbox, "Last"));
    }

    [Fact]
    public async Task Post_WithoutContinueOnError_StopsAtFirstFailure()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = new BatchBody()
            .Operation("POST", "contacts", """{"lastname":"Before"}""")
            .Operation("PATCH", $"contacts({Guid.NewGuid()})", """{"lastname":"x"}""")
            .Operation("DELETE", $"contacts({Guid.NewGuid()})")
            .Operation("POST", "contacts", """{"lastname":"After"}""");

        // Act
        using var response = await client.PostAsync("$batch", body.ToContent());
        var statuses = await BatchAnswer.StatusesAsync(response);

        // Assert (Microsoft's example: "The batch error represents the error of the first failing request", answered
        // with that request's status; https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api#handling-errors)
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal([204, 204, 404], statuses);
        Assert.True(HasContact(sandbox, "Before"));
        Assert.False(HasContact(sandbox, "After"));
    }

    [Fact]
    public async Task Post_MoreThanAThousandOperations_Returns400()
    {
        // Arrange
        var (sandbox, client, _) = await CreateSut();
        await using var _sandbox = sandbox;
        using var _client = client;
        var body = new BatchBody();
        for (var i = 0; i < 1001; i++)
        {
            body.Operation("GET", "WhoAmI");
        }

        // Act
        using var response = await client.PostAsync("$batch", body.ToContent());
        var error = await WebApiClient.ReadJsonAsync(response);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1000", WebApiClient.ErrorMessage(error), StringComparison.Ordinal);
    }
}
