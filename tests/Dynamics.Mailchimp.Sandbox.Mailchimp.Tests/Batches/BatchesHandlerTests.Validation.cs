using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

public sealed partial class BatchesHandlerTests
{
    private static JsonNode FieldError(JsonNode body, string field) =>
        body["errors"]!.AsArray().Single(e => e!["field"]!.GetValue<string>() == field)!;

    [Fact(DisplayName = "Submit_OperationNotAnObjectOrBodyNotAString_400InvalidResourceNamingEachItem (recorded: GH mailchimp/mc-magento2/issues/467)")]
    public async Task Submit_OperationNotAnObjectOrBodyNotAString_400InvalidResourceNamingEachItem()
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;
        var operations = new JsonArray(
            new JsonArray(new JsonObject { ["method"] = "GET", ["path"] = "/ping" }),
            new JsonObject { ["method"] = "POST", ["path"] = Members, ["body"] = new JsonObject { ["email_address"] = "ia@northwind-traders.com" } });

        // Act
        var (response, body) = await sut.PostAsync("batches", new JsonObject { ["operations"] = operations });
        var (_, list) = await sut.GetAsync("batches");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "The resource submitted could not be validated. For field-specific details, see the 'errors' array.");
        Assert.Equal("Schema describes object, array found instead", FieldError(body!, "operations.item:0")["message"]!.GetValue<string>());
        Assert.Equal("Schema describes string, object found instead", FieldError(body!, "operations.item:1.body")["message"]!.GetValue<string>());
        Assert.Equal(0, list!["total_items"]!.GetValue<int>());
    }

    [Theory(DisplayName = "Submit_MissingOrInvalidMethodOrPath_400InvalidResource (AE batches-api-openapi.yml: method and path required, method enum GET|POST|PUT|PATCH|DELETE)")]
    [InlineData("{\"path\":\"/ping\"}", "operations.item:0.method")]
    [InlineData("{\"method\":\"GET\"}", "operations.item:0.path")]
    [InlineData("{\"method\":\"HEAD\",\"path\":\"/ping\"}", "operations.item:0.method")]
    [InlineData("{\"method\":\"get\",\"path\":\"/ping\"}", "operations.item:0.method")]
    [InlineData("{\"method\":\"GET\",\"path\":\"/ping\",\"params\":[\"count\"]}", "operations.item:0.params")]
    [InlineData("{\"method\":\"GET\",\"path\":\"/ping\",\"operation_id\":7}", "operations.item:0.operation_id")]
    public async Task Submit_MissingOrInvalidMethodOrPath_400InvalidResource(string operation, string field)
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;

        // Act
        var (response, body) = await sut.PostAsync("batches", JsonNode.Parse($"{{\"operations\":[{operation}]}}")!);

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.NotNull(FieldError(body!, field)["message"]);
    }

    [Theory(DisplayName = "Submit_PathOutsideTheApi_400InvalidResource (emulator choice: operations cannot leave /3.0)")]
    [InlineData("/../_sandbox/reset")]
    [InlineData("/lists/%2e%2e/%2e%2e/_sandbox/reset")]
    [InlineData("https://example.org/3.0/lists")]
    [InlineData("//example.org/lists")]
    [InlineData("/lists?count=5")]
    [InlineData("")]
    public async Task Submit_PathOutsideTheApi_400InvalidResource(string path)
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;

        // Act
        var (response, body) = await sut.PostAsync("batches", new { operations = new[] { new { method = "POST", path } } });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Contains("is not a path of the Marketing API", FieldError(body!, "operations.item:0.path")["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "Submit_NoOperations_400InvalidResource (AE batches-api-openapi.yml: operations is required)")]
    public async Task Submit_NoOperations_400InvalidResource()
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;

        // Act
        var (response, body) = await sut.PostAsync("batches", new JsonObject());

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("Required property operations was not present.", FieldError(body!, "operations")["message"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Submit_UnknownOperationAndBodyFields_501NamingThem (project rule: what the emulator does not implement fails loudly)")]
    public async Task Submit_UnknownOperationAndBodyFields_501NamingThem()
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;
        var body = JsonNode.Parse("{\"operations\":[{\"method\":\"GET\",\"path\":\"/ping\",\"headers\":{}}],\"webhook\":\"https://hooks.northwind-traders.com/b\"}")!;

        // Act
        var (response, problem) = await sut.PostAsync("batches", body);

        // Assert
        ProblemAssert.Is(response, problem, HttpStatusCode.NotImplemented, "Not Implemented");
        var detail = problem!["detail"]!.GetValue<string>();
        Assert.Contains("'webhook'", detail, StringComparison.Ordinal);
        Assert.Contains("'operations.item:0.headers'", detail, StringComparison.Ordinal);
    }

    [Fact(DisplayName = "List_UnknownQueryParameter_501NamingIt (project rule: what the emulator does not implement fails loudly)")]
    public async Task List_UnknownQueryParameter_501NamingIt()
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;

        // Act
        var (response, body) = await sut.GetAsync("batches?status=finished");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented");
        Assert.Contains("'status'", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "BatchWebhooks_NotEmulated_501 (https://mailchimp.com/developer/marketing/api/batch-webhooks/ is out of scope)")]
    public async Task BatchWebhooks_NotEmulated_501()
    {
        // Arrange
        var (sut, _) = await CreateSut();
        await using var __ = sut;

        // Act
        var (response, body) = await sut.PostAsync("batch-webhooks", new { url = "https://hooks.northwind-traders.com/b" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented", "POST /3.0/batch-webhooks is not implemented in the emulator.");
    }
}
