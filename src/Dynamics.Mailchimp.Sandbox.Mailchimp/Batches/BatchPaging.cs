using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Mailchimp pages a batch GET of a collection itself ("for GET requests requiring pagination, each page counts as a separate
/// operation"); the emulator does not. A GET without <c>count</c> whose answer holds only part of the collection is recorded
/// as a 501 result naming the operation, so that a client pages explicitly (<c>count</c>, <c>offset</c> in <c>params</c>).
/// </summary>
/// <remarks>AE batches-api-openapi.yml, <c>total_operations</c>.</remarks>
internal static class BatchPaging
{
    public static BatchResult Check(BatchOperation operation, BatchResult result)
    {
        if (operation.Method != "GET" || result.StatusCode != 200 || operation.Params.Any(p => p.Key == BatchWire.Count) || !IsPartialPage(result.Response, Offset(operation)))
        {
            return result;
        }

        var problem = new JsonObject
        {
            ["type"] = ProblemTitles.TypeUrl,
            ["title"] = ProblemTitles.NotImplemented,
            ["status"] = 501,
            ["detail"] = $"GET {operation.Path} in a batch without 'count' would be paged by Mailchimp into several operations; that is not implemented in the emulator. Pass count and offset in params.",
            ["instance"] = Guid.NewGuid().ToString(),
        };
        return result with { StatusCode = 501, Response = problem.ToJsonString() };
    }

    private static int Offset(BatchOperation operation) =>
        operation.Params.Where(p => p.Key == BatchWire.Offset).Select(p => int.TryParse(p.Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var offset) ? offset : 0).FirstOrDefault();

    private static bool IsPartialPage(string response, int offset)
    {
        try
        {
            return JsonNode.Parse(response) is JsonObject page
                && page["total_items"] is JsonValue total && total.TryGetValue<int>(out var totalItems)
                && page.Select(p => p.Value).OfType<JsonArray>().FirstOrDefault() is { } items
                && offset + items.Count < totalItems;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
