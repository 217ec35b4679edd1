using System.Collections.Frozen;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>The wire names and routes of the batch operations endpoints, written once.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/batch-operations/</remarks>
internal static class BatchWire
{
    public const string BatchesRoute = "/batches";
    public const string BatchRoute = "/batches/{batch_id}";

    /// <summary>The results archive, outside <c>/3.0</c> so that it needs no API key, like Mailchimp's pre-signed S3 URL.</summary>
    public const string ResultsRoute = "/batch-results/{batch_id}.tar.gz";
    public const string ResultsPrefix = "batch-results/";
    public const string ResultsContentType = "application/x-gzip";

    public const string Operations = "operations";
    public const string Method = "method";
    public const string Path = "path";
    public const string Params = "params";
    public const string Body = "body";
    public const string OperationId = "operation_id";
    public const string StatusCode = "status_code";
    public const string Response = "response";
    public const string Batches = "batches";

    public const string Fields = "fields";
    public const string ExcludeFields = "exclude_fields";
    public const string Count = "count";
    public const string Offset = "offset";

    /// <summary>The fields an operation may have.</summary>
    public static FrozenSet<string> OperationFields { get; } = FrozenSet.Create(StringComparer.Ordinal, Method, Path, Params, Body, OperationId);

    /// <summary>The methods an operation may use (the spec's enum; upper case).</summary>
    public static FrozenSet<string> Methods { get; } = FrozenSet.Create(StringComparer.Ordinal, "GET", "POST", "PUT", "PATCH", "DELETE");
}
