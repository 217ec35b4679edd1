using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Http;
using Polly.Timeout;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    /// <inheritdoc />
    public async Task<BatchResult> ExecuteBatchAsync(IReadOnlyList<BatchOperation> operations, bool continueOnError = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var plan = BatchPlanner.Plan(operations, _options.MaxBatchOperations);
        var results = new BatchOperationResult?[operations.Count];
        Exception? authFailure = null;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.MaxParallelBatches, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan, parallel, async (units, token) =>
        {
            var indexes = units.SelectMany(u => u).ToList();
            if (Volatile.Read(ref authFailure) is { } refused)
            {
                indexes.ForEach(i => results[i] = BatchResponseMapper.NotExecuted(i, "Not sent: an earlier batch was refused. " + refused.Message));
                return;
            }

            try
            {
                await SendBatchAsync(operations, units, continueOnError, results, token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is DataverseApiException or DataverseResponseFormatException or DataverseTokenAcquisitionException or HttpRequestException or TimeoutRejectedException)
            {
                // The whole batch failed: report it on each of its operations instead of losing the results of other batches.
                DataverseLog.BatchFailed(_logger, indexes.Count, ex);
                var apiError = ex as DataverseApiException;
                var notSent = ex is DataverseTokenAcquisitionException;
                var error = apiError?.Error ?? new DataverseError(
                    string.Empty, (notSent ? "Not sent: " : "Outcome unknown, re-read before retrying: ") + ex.Message, new Dictionary<string, string>());
                var outcome = notSent ? BatchOutcome.NotExecuted : BatchOutcome.Failed;
                indexes.ForEach(i => results[i] = new BatchOperationResult(i, outcome, apiError?.StatusCode, null, null, error, null));
                if (ex is DataverseTokenAcquisitionException || apiError?.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
                {
                    Interlocked.CompareExchange(ref authFailure, ex, null);
                }
            }
        }).ConfigureAwait(false);

        return new BatchResult(results.Select((r, i) => r ?? BatchResponseMapper.NotExecuted(i, "No response was received.")).ToList());
    }

    private async Task SendBatchAsync(
        IReadOnlyList<BatchOperation> operations, List<List<int>> units, bool continueOnError, BatchOperationResult?[] results, CancellationToken cancellationToken)
    {
        var boundary = "batch_" + Guid.NewGuid().ToString("D");
        using var request = _requests.Create(HttpMethod.Post, _requests.BuildUri(ODataPropertyNames.Batch, isWrite: false));
        request.Content = new BatchRequestContent(
            operations, units, _requests, _options.BypassCustomPlugins, boundary, () => "changeset_" + Guid.NewGuid().ToString("D"));
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(DataverseHeaderNames.MultipartMixed + "; boundary=" + boundary);
        if (continueOnError)
        {
            DataverseRequestFactory.AddPreference(request, DataverseHeaderNames.ContinueOnErrorPreference);
        }

        if (units.All(u => !operations[u[0]].IsWrite))
        {
            request.Options.Set(DataverseRequestOptions.Idempotent, true);
        }

        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        var contentType = response.Content.Headers.ContentType;
        if (contentType?.MediaType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) != true)
        {
            throw response.IsSuccessStatusCode
                ? new DataverseResponseFormatException($"Dataverse {Describe(request)} returned {(int)response.StatusCode} without a multipart body.")
                : await CreateExceptionAsync(response, request, cancellationToken).ConfigureAwait(false);
        }

        // Parsed as UTF-8 bytes: half the size of the answer as a string, and each part's body is a slice, not a copy.
        var answer = await ResponseBytes.ReadAsync(response.Content, cancellationToken).ConfigureAwait(false);
        try
        {
            BatchResponseMapper.Map(operations, units, contentType.ToString(), answer, results);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new DataverseResponseFormatException($"Dataverse {Describe(request)} returned a multipart body that could not be read: {ex.Message}", ex);
        }
    }
}
