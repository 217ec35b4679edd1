using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Builds the batch wire object. <c>completed_at</c> and <c>response_body_url</c> are empty strings until the batch has
/// finished, as recorded in a submit response (GH mailchimp/APIv3-examples/issues/26).
/// </summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/batch-operations/get-batch-operation-status/</remarks>
internal static class BatchJson
{
    public static JsonObject Build(BatchSnapshot batch) => new()
    {
        ["id"] = batch.Id,
        ["status"] = batch.Status,
        ["total_operations"] = batch.TotalOperations,
        ["finished_operations"] = batch.FinishedOperations,
        ["errored_operations"] = batch.ErroredOperations,
        ["submitted_at"] = Timestamps.Write(batch.SubmittedAt),
        ["completed_at"] = Timestamps.Write(batch.CompletedAt),
        ["response_body_url"] = batch.ResponseBodyUrl?.AbsoluteUri ?? string.Empty,
    };
}
