using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Reads and validates the body of <c>POST /batches</c>: <c>{operations:[{method, path, params, body, operation_id}]}</c>.
/// Fields the emulator does not know answer 501 naming them; invalid operations fail the whole submit with 400 Invalid
/// Resource and one error per operation, named <c>operations.item:&lt;index&gt;</c>.
/// </summary>
/// <remarks>
/// Fields and types: https://mailchimp.com/developer/marketing/api/batch-operations/start-batch-operation/ (AE
/// batches-api-openapi.yml). Field naming and the "Schema describes object, array found instead" wording are recorded in
/// GH mailchimp/mc-magento2/issues/467; the wording of the other messages follows the same pattern (inference).
/// </remarks>
internal static class BatchOperationParser
{
    public static IReadOnlyList<BatchOperation> Parse(JsonObject body, string request)
    {
        var unknown = body.Select(p => p.Key).Where(k => k != BatchWire.Operations).ToList();
        if (body[BatchWire.Operations] is JsonArray items)
        {
            unknown.AddRange(items.Select((item, i) => (item, i))
                .Where(x => x.item is JsonObject)
                .SelectMany(x => x.item!.AsObject().Select(p => p.Key).Where(k => !BatchWire.OperationFields.Contains(k)).Select(k => $"{Item(x.i)}.{k}")));
        }

        if (unknown.Count > 0)
        {
            throw new BatchInputNotImplementedException("field", unknown, request);
        }

        if (body[BatchWire.Operations] is not JsonArray operations)
        {
            throw new BatchOperationsInvalidException([new(BatchWire.Operations, body.ContainsKey(BatchWire.Operations) ? BatchSchemaMessages.Mismatch("array", body[BatchWire.Operations]) : BatchSchemaMessages.Required(BatchWire.Operations))]);
        }

        var errors = new List<KeyValuePair<string, string>>();
        var parsed = new List<BatchOperation>(operations.Count);
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = ParseItem(operations[i], Item(i), errors);
            if (operation is not null)
            {
                parsed.Add(operation);
            }
        }

        return errors.Count == 0 ? parsed : throw new BatchOperationsInvalidException(errors);
    }

    private static string Item(int index) => $"{BatchWire.Operations}.item:{index}";

    private static BatchOperation? ParseItem(JsonNode? node, string field, List<KeyValuePair<string, string>> errors)
    {
        if (node is not JsonObject item)
        {
            errors.Add(new(field, BatchSchemaMessages.Mismatch("object", node)));
            return null;
        }

        var before = errors.Count;
        var method = Text(item, BatchWire.Method, field, errors, required: true);
        if (method is not null && !BatchWire.Methods.Contains(method))
        {
            errors.Add(new($"{field}.{BatchWire.Method}", $"Value '{method}' is not one of {string.Join(", ", BatchWire.Methods.Order(StringComparer.Ordinal))}."));
        }

        var path = Text(item, BatchWire.Path, field, errors, required: true);
        if (path is not null && BatchPath.Normalize(path) is null)
        {
            errors.Add(new($"{field}.{BatchWire.Path}", $"'{path}' is not a path of the Marketing API: give a path relative to /3.0, such as /lists/{{list_id}}/members, with the query in params."));
        }

        var parameters = Params(item, field, errors);
        var body = Text(item, BatchWire.Body, field, errors, required: false);
        var operationId = Text(item, BatchWire.OperationId, field, errors, required: false);
        return errors.Count > before ? null : new BatchOperation(method!, BatchPath.Normalize(path!)!, parameters, body, operationId);
    }

    private static string? Text(JsonObject item, string name, string field, List<KeyValuePair<string, string>> errors, bool required)
    {
        if (!item.TryGetPropertyValue(name, out var value))
        {
            if (required)
            {
                errors.Add(new($"{field}.{name}", BatchSchemaMessages.Required(name)));
            }

            return null;
        }

        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
        {
            return v.GetValue<string>();
        }

        errors.Add(new($"{field}.{name}", BatchSchemaMessages.Mismatch("string", value)));
        return null;
    }

    private static List<KeyValuePair<string, string>> Params(JsonObject item, string field, List<KeyValuePair<string, string>> errors)
    {
        var result = new List<KeyValuePair<string, string>>();
        if (!item.ContainsKey(BatchWire.Params))
        {
            return result;
        }

        if (item[BatchWire.Params] is not JsonObject parameters)
        {
            errors.Add(new($"{field}.{BatchWire.Params}", BatchSchemaMessages.Mismatch("object", item[BatchWire.Params])));
            return result;
        }

        foreach (var (name, value) in parameters)
        {
            var text = value is JsonArray list && list.All(IsScalar) ? string.Join(",", list.Select(Scalar)) : IsScalar(value) ? Scalar(value) : null;
            if (text is null)
            {
                errors.Add(new($"{field}.{BatchWire.Params}.{name}", BatchSchemaMessages.Mismatch("string", value)));
            }
            else
            {
                result.Add(new(name, text));
            }
        }

        return result;
    }

    private static bool IsScalar(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False;

    private static string Scalar(JsonNode? node) =>
        node!.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();
}
