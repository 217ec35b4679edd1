using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Pull.Record;
using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Sync.Pull.Run;

/// <summary>
/// The member-status pull: under the pull lease, for each audience a syncing list maps into, page by page from its
/// checkpoint: read → match → decide → record → checkpoint.
/// </summary>
/// <remarks>
/// The checkpoint moves only after the page it covers is committed, and never past a record whose write failed (the
/// run goes on, but the next run reads from before the failure again). A kill at any point therefore loses nothing:
/// what was not committed is read again. It duplicates nothing either: a record's status, consent columns, list
/// removals and log rows are committed together, and the rules act only on a status the record does not have yet.
/// </remarks>
public sealed class StatusPullRunner(
    ILeaseManager leases,
    PullAudienceReader audiences,
    MemberChangeReader reader,
    MemberMatcher matcher,
    IConsentWriter writer,
    ICheckpointStore checkpoints,
    TimeProvider time)
{
    /// <summary>Runs the pull.</summary>
    /// <param name="sync">The job's options (which kinds are synced).</param>
    /// <param name="options">The pull's options.</param>
    /// <param name="stop">Cancelled by a stop signal: no new page is read.</param>
    /// <returns>What the run did.</returns>
    public async Task<PullSummary> RunAsync(SyncOptions sync, PullOptions options, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(sync);
        ArgumentNullException.ThrowIfNull(options);
        var summary = new PullSummaryBuilder();
        var attempt = await leases.TryAcquireAsync(PullOptions.LeaseName, whenFree: null, stop).ConfigureAwait(false);
        if (attempt.Lease is not { } lease)
        {
            return summary.Build(stopped: false, options.DryRun, attempt.Holder);
        }

        await using (lease.ConfigureAwait(false))
        {
            var keeper = new LeaseKeeper(lease, time);
            await using (keeper.ConfigureAwait(false))
            {
                using var work = CancellationTokenSource.CreateLinkedTokenSource(stop, keeper.Lost);
                try
                {
                    var decider = new PullDecider(options, sync);
                    foreach (var audience in await audiences.ReadAsync(work.Token).ConfigureAwait(false))
                    {
                        await PullAudienceAsync(audience, decider, sync, options, summary, work.Token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException) when (work.IsCancellationRequested)
                {
                    // Stopped between pages: what was committed has its checkpoint, the rest is read again next time.
                }

                return summary.Build(stop.IsCancellationRequested, options.DryRun, lostLease: keeper.Lost.IsCancellationRequested);
            }
        }
    }

    private async Task PullAudienceAsync(PullAudience audience, PullDecider decider, SyncOptions sync, PullOptions options, PullSummaryBuilder summary, CancellationToken stop)
    {
        var name = CheckpointNames.Members(audience.AudienceId);
        var checkpoint = await checkpoints.ReadAsync(name, stop).ConfigureAwait(false);
        summary.SetCheckpoint(audience.AudienceId, checkpoint);
        var heldBack = false;
        try
        {
            await foreach (var page in reader.ReadAsync(audience.AudienceId, checkpoint, options.PageSize, stop).ConfigureAwait(false))
            {
                var matches = await matcher.MatchAsync(page.Members, audience, sync, stop).ConfigureAwait(false);
                summary.AddMatches(matches);
                var changes = decider.Decide(matches, audience);
                if (options.DryRun)
                {
                    summary.AddChanges(changes.Select(change => new ConsentWriteResult(change, null)).ToArray());
                    continue;
                }

                stop.ThrowIfCancellationRequested();

                // Writing has started: a stop lets it finish within a bound, so the page is committed and checkpointed.
                using var window = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
                using var onStop = stop.Register(() => window.CancelAfter(CycleSender.RecordAfterStop));
                var results = await writer.WriteAsync(changes, window.Token).ConfigureAwait(false);
                summary.AddChanges(results);
                heldBack |= results.Any(result => !result.Succeeded);
                if (!heldBack && page.Checkpoint is { } next && next != checkpoint)
                {
                    await checkpoints.WriteAsync(name, next, window.Token).ConfigureAwait(false);
                    checkpoint = next;
                    summary.SetCheckpoint(audience.AudienceId, next);
                }
            }
        }
        catch (MailchimpApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            summary.AddFailure($"Audience {audience.AudienceId} (mapped by {string.Join(", ", audience.Lists.Select(l => l.Describe()))}) was not found in Mailchimp: {e.Message}");
        }
    }
}
