using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

/// <summary>Writes $batch bodies and parses them back. Contract: https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api</summary>
public sealed class BatchRequestWriterTests
{
    private const string Root = "https://contoso.crm.dynamics.com/api/data/v9.2/";
    private static readonly Guid Id = Guid.Parse("00000000-0000-0000-0000-0000000000aa");

    private static (string Body, IReadOnlyList<BatchOperation> Operations) CreateSut(bool bypass)
    {
        var options = new DataverseClientOptions { EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com"), BypassCustomPlugins = bypass };
        IReadOnlyList<BatchOperation> operations =
        [
            BatchOperation.Retrieve("contacts", Id, ["fullname"]),
            BatchOperation.Create("contacts", new JsonObject { ["lastname"] = "Hopper" }) with { ChangeSet = "a" },
            BatchOperation.Update("contacts", Id, new JsonObject { ["firstname"] = "Grace" }, "W/\"12\"") with { ChangeSet = "a" },
            BatchOperation.Delete("contacts", Id),
        ];
        var plan = BatchPlanner.Plan(operations, 1000);
        var count = 0;
        var body = BatchBodies.Write(operations, plan[0], new DataverseRequestFactory(options), bypass, "batch_b1", () => "changeset_c" + ++count);
        return (body, operations);
    }

    [Fact]
    public void Write_MixedOperations_ParsesBackToSameRequests()
    {
        // Arrange
        var (body, _) = CreateSut(bypass: false);

        // Act
        var parts = MultipartMixedParser.Parse(body, "batch_b1");

        // Assert
        Assert.EndsWith("--batch_b1--\r\n", body, StringComparison.Ordinal);
        Assert.Equal(3, parts.Count);
        Assert.All(parts.Where(p => !p.IsMultipart), p => Assert.Equal("binary", p.Headers["Content-Transfer-Encoding"]));

        var get = HttpMessagePart.Parse(parts[0].Body);
        Assert.Equal("application/http", parts[0].ContentType);
        Assert.Equal($"GET {Root}contacts({Id})?$select=fullname HTTP/1.1", get.StartLine);
        Assert.Equal(string.Empty, get.BodyText);

        Assert.Equal("multipart/mixed; boundary=changeset_c1", parts[1].ContentType);
        var changeSet = MultipartMixedParser.Parse(parts[1].Body, MultipartMixedParser.GetBoundary(parts[1].ContentType));
        Assert.Equal(["2", "3"], changeSet.Select(p => p.ContentId));
        var create = HttpMessagePart.Parse(changeSet[0].Body);
        Assert.Equal("POST", create.Method);
        Assert.Equal(Root + "contacts?tag=dmc-sync", create.Target);
        Assert.Equal("application/json; type=entry", create.Headers["Content-Type"]);
        Assert.Equal("Hopper", JsonNode.Parse(create.BodyText)!["lastname"]!.GetValue<string>());
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(create.BodyText).ToString(System.Globalization.CultureInfo.InvariantCulture), create.Headers["Content-Length"]);
        Assert.False(get.Headers.ContainsKey("Content-Type"));
        var update = HttpMessagePart.Parse(changeSet[1].Body);
        Assert.Equal("PATCH", update.Method);
        Assert.Equal("W/\"12\"", update.Headers["If-Match"]);

        var delete = HttpMessagePart.Parse(parts[2].Body);
        Assert.Equal($"DELETE {Root}contacts({Id})?tag=dmc-sync HTTP/1.1", delete.StartLine);
        Assert.False(delete.Headers.ContainsKey("MSCRM.BypassCustomPluginExecution"));
    }

    [Fact]
    public void Write_Bypass_AddsHeaderToWritesOnly()
    {
        // Arrange
        var (body, _) = CreateSut(bypass: true);

        // Act
        var parts = MultipartMixedParser.Parse(body, "batch_b1");

        // Assert
        Assert.False(HttpMessagePart.Parse(parts[0].Body).Headers.ContainsKey("MSCRM.BypassCustomPluginExecution"));
        Assert.Equal("true", HttpMessagePart.Parse(parts[2].Body).Headers["MSCRM.BypassCustomPluginExecution"]);
    }
}
