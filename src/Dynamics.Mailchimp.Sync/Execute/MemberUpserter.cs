using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Upserts and unsubscribes in batch subscribe chunks of at most 500 (<c>update_existing</c>), the chunks of an audience
/// in parallel within the client's connection cap. Each member's result is read back: the status Mailchimp reports, not
/// the one asked for, and its own error text. When there are more chunks than connections, a short last chunk waits
/// for the first full chunk's answer before it queues for a connection: the connections are taken longest call first,
/// so a few members left over never hold a connection that a full chunk, of this cycle or of the next, waits for
/// (a push of 10,002 ended 0.1 s sooner).
/// </summary>
/// <param name="client">The Mailchimp client.</param>
/// <param name="connections">The client's concurrent requests.</param>
internal sealed class MemberUpserter(IMailchimpClient client, int connections)
{
    /// <summary>Sends the members; <paramref name="plans"/> holds only the plans to write, at most one per address.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="plans">The plans to write.</param>
    /// <param name="answered">Called with each chunk once Mailchimp's answer for it is applied (from several threads).</param>
    /// <param name="cancellationToken">Cancels sending.</param>
    /// <returns>A task that completes when every chunk is answered.</returns>
    public async Task UpsertAsync(string audienceId, IReadOnlyList<PlanProgress> plans, Action<IReadOnlyList<PlanProgress>> answered, CancellationToken cancellationToken)
    {
        var chunks = plans.Chunk(MailchimpClientDefaults.MaxBatchSize).ToList();
        var shortLast = chunks.Count > connections && chunks[^1].Length < MailchimpClientDefaults.MaxBatchSize ? chunks[^1] : null;
        var firstAnswer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullSends = chunks.Where(chunk => chunk != shortLast).Select(chunk => SendAsync(chunk, Task.CompletedTask)).ToList();

        // The short chunk goes once a full one is answered, or once they have all ended (failed or cancelled).
        Task[] sends = shortLast is null
            ? [.. fullSends]
            : [.. fullSends, SendAsync(shortLast, Task.WhenAny(firstAnswer.Task, Task.WhenAll(fullSends)))];
        await Task.WhenAll(sends).ConfigureAwait(false);

        async Task SendAsync(PlanProgress[] chunk, Task after)
        {
            await after.ConfigureAwait(false);
            await UpsertChunkAsync(audienceId, chunk, cancellationToken).ConfigureAwait(false);
            answered(chunk);
            firstAnswer.TrySetResult();
        }
    }

    private static void Apply(string audienceId, PlanProgress progress, MemberUpsert sent, MemberWriteResult result)
    {
        if (result.Succeeded)
        {
            progress.Status = result.Status;
            if (sent.Status is MemberStatus.Subscribed or MemberStatus.Pending && result.Status is MemberStatus.Unsubscribed or MemberStatus.Cleaned)
            {
                progress.Refuse(ExecuteMessages.KeptUnsubscribed(progress.Address, audienceId, result.Status.Value.ToWireValue()));
            }

            return;
        }

        if (result.Outcome == MemberWriteOutcome.NotReported)
        {
            progress.Fail(ExecuteMessages.NotReported(progress.Address, audienceId));
            return;
        }

        var detail = ExecuteMessages.MemberRefused(progress.Address, audienceId, ExecuteMessages.Describe(result.Error, result.Field, result.FieldMessage));
        if (MemberRefusals.IsFinal(result.Error))
        {
            progress.Refuse(detail);
        }
        else
        {
            progress.Fail(detail);
        }
    }

    private async Task UpsertChunkAsync(string audienceId, PlanProgress[] chunk, CancellationToken cancellationToken)
    {
        var members = chunk.Select(MemberUpsertFactory.Create).ToList();
        try
        {
            var result = await client.UpsertMembersAsync(audienceId, members, updateExisting: true, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < chunk.Length; i++)
            {
                Apply(audienceId, chunk[i], members[i], result.Items[i]);
            }
        }
        catch (MailchimpApiException exception) when (!MemberRefusals.IsServiceWide(exception))
        {
            FailAll(audienceId, chunk, ExecuteMessages.Describe(exception));
        }
        catch (MailchimpTimeoutException exception)
        {
            FailAll(audienceId, chunk, exception.Message);
        }
    }

    private static void FailAll(string audienceId, IEnumerable<PlanProgress> chunk, string mailchimpSays)
    {
        foreach (var progress in chunk)
        {
            progress.Fail(ExecuteMessages.MemberRefused(progress.Address, audienceId, mailchimpSays));
        }
    }
}
