using System.Net;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Maps a <c>$batch</c> response to per-operation results. Top-level parts answer the request's units in order;
/// a changeset answer is either nested parts (matched by <c>Content-ID</c>, else by order) or one error part that
/// applies to every operation of the rolled-back changeset. Units without an answer are <see cref="BatchOutcome.NotExecuted"/>.
/// </summary>
internal static class BatchResponseMapper
{
    public static void Map(
        IReadOnlyList<BatchOperation> operations, List<List<int>> units, string contentType, ReadOnlyMemory<byte> body, BatchOperationResult?[] results)
    {
        var parts = AnswerPart.Split(body, MultipartMixedParser.GetBoundary(contentType));
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (u >= parts.Count)
            {
                foreach (var index in unit)
                {
                    results[index] = NotExecuted(index, "The service stopped processing the batch before this operation.");
                }

                continue;
            }

            var part = parts[u];
            if (part.MultipartContentType is { } changeSet)
            {
                MapChangeSet(unit, AnswerPart.Split(part.Body, MultipartMixedParser.GetBoundary(changeSet)), results);
            }
            else
            {
                var message = AnswerMessage.Read(part.Body);
                if (unit.Count == 1)
                {
                    results[unit[0]] = ToResult(unit[0], message);
                }
                else
                {
                    foreach (var index in unit)
                    {
                        var result = ToResult(index, message);
                        results[index] = result with { Outcome = result.Succeeded ? BatchOutcome.Succeeded : BatchOutcome.Failed };
                    }
                }
            }
        }
    }

    public static BatchOperationResult NotExecuted(int index, string reason) =>
        new(index, BatchOutcome.NotExecuted, null, null, null, new DataverseError(string.Empty, reason, new Dictionary<string, string>()), null);

    private static void MapChangeSet(List<int> unit, List<AnswerPart> parts, BatchOperationResult?[] results)
    {
        for (var p = 0; p < parts.Count; p++)
        {
            var index = parts[p].ContentId is { } id && unit.Contains(id - 1)
                ? id - 1
                : p < unit.Count ? unit[p] : -1;
            if (index >= 0)
            {
                results[index] = ToResult(index, AnswerMessage.Read(parts[p].Body));
            }
        }

        foreach (var index in unit.Where(i => results[i] is null))
        {
            results[index] = NotExecuted(index, "The changeset response had no part for this operation.");
        }
    }

    private static BatchOperationResult ToResult(int index, AnswerMessage message)
    {
        var status = message.StatusCode;
        var outcome = (int)status is >= 200 and < 300 ? BatchOutcome.Succeeded
            : status == HttpStatusCode.PreconditionFailed ? BatchOutcome.PreconditionFailed
            : status == HttpStatusCode.NotFound ? BatchOutcome.NotFound
            : BatchOutcome.Failed;
        var error = outcome == BatchOutcome.Succeeded ? null : DataverseErrorParser.Parse(Encoding.UTF8.GetString(message.Body.Span));
        if (outcome == BatchOutcome.NotFound && DataverseErrorCodes.IsUnknownResource(error!))
        {
            outcome = BatchOutcome.Failed;
        }

        JsonElement? body = null;
        if (outcome == BatchOutcome.Succeeded && message.Body.Length > 0)
        {
            // A copy of just this value, read from the answer's bytes, so the whole answer is not kept alive by one result.
            var reader = new Utf8JsonReader(message.Body.Span);
            body = JsonElement.ParseValue(ref reader);
        }

        return new BatchOperationResult(index, outcome, status, EntityIdParser.TryParse(message.EntityId), message.ETag, error, body);
    }
}
