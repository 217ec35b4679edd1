using Dynamics.Mailchimp.MailchimpApi.Batching;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <content>Batch subscribe/update and its chunking helper.</content>
internal sealed partial class MailchimpClient
{
    /// <summary>Only what matching needs: the per-member objects would otherwise come back in full.</summary>
    private const string BatchResponseFields =
        "new_members.id,new_members.email_address,new_members.status," +
        "updated_members.id,updated_members.email_address,updated_members.status," +
        "errors,total_created,total_updated,error_count";

    public Task<BatchSubscribeResponse> BatchSubscribeAsync(
        string listId,
        IReadOnlyList<MemberUpsert> members,
        bool updateExisting = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(members.Count, MailchimpClientDefaults.MaxBatchSize, nameof(members));

        // Batch subscribe is an upsert: repeating it is safe, so the POST is marked retry-safe.
        return SendJsonAsync(
            HttpMethod.Post,
            new QueryStringBuilder(MailchimpPaths.List(listId)).Add(MailchimpQueryNames.Fields, BatchResponseFields).ToString(),
            new BatchSubscribeRequest { Members = members, UpdateExisting = updateExisting },
            MailchimpJsonContext.Default.BatchSubscribeRequest,
            MailchimpJsonContext.Default.BatchSubscribeResponse,
            retrySafePost: true,
            cancellationToken);
    }

    public async Task<BatchUpsertResult> UpsertMembersAsync(
        string listId,
        IReadOnlyList<MemberUpsert> members,
        bool updateExisting = true,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        var results = new List<MemberWriteResult>(members.Count);
        var calls = 0;
        foreach (var chunk in members.Chunk(options.BatchSize))
        {
            calls++;
            try
            {
                var response = await BatchSubscribeAsync(listId, chunk, updateExisting, cancellationToken).ConfigureAwait(false);
                results.AddRange(BatchResultMatcher.Match(chunk, response));
                LogBatchChunk(logger, listId, chunk.Length, response.TotalCreated, response.TotalUpdated, response.ErrorCount);
            }
            catch (MailchimpApiException exception) when (IsRequestRefused(exception))
            {
                LogChunkRefused(logger, chunk.Length, listId, (int)exception.StatusCode, exception.Title);
                results.AddRange(BatchResultMatcher.FailAll(chunk, Describe(exception), exception.Title));
            }
        }

        return new BatchUpsertResult(results, calls);
    }
}
