using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Run;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>Builds the campaign and activity pull from the two production clients and runs it with the job's settings.</summary>
public static class ActivityComposition
{
    /// <summary>
    /// Runs the activity pull after a member-status pull, unless that one found another instance pulling (the lease is
    /// held) or was stopped by a signal.
    /// </summary>
    /// <param name="statuses">The member-status pull that ran first.</param>
    /// <param name="connections">Both clients.</param>
    /// <param name="settings">The job's settings.</param>
    /// <param name="dryRun">Whether to count only.</param>
    /// <param name="time">The clock.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>
    /// The counts, or <see langword="null"/> when it did not run or a signal stopped it (what it committed stays, and its
    /// campaigns' checkpoints only cover committed rows, so the next run reads the rest).
    /// </returns>
    public static async Task<ActivitySummary?> RunAfterAsync(PullSummary statuses, ServiceConnections connections, JobSettings settings, bool dryRun, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        if (statuses.LeaseHeldBy is not null || statuses.Stopped || cancellationToken.IsCancellationRequested)
        {
            return null;
        }

        try
        {
            return await RunAsync(connections, settings, dryRun, time, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Runs one activity pull: sent campaigns and their email activity since each campaign's checkpoint.</summary>
    /// <param name="connections">Both clients (Mailchimp pages of 1,000, Dataverse batches of 1,000 with the job's write tag).</param>
    /// <param name="settings">The job's settings (<c>Sync:Activity</c>).</param>
    /// <param name="dryRun">Whether to read, match and count only: no row and no checkpoint is written.</param>
    /// <param name="time">The clock the retention and checkpoints count from.</param>
    /// <param name="cancellationToken">Stops the run; what was committed stays.</param>
    /// <returns>The counts.</returns>
    public static Task<ActivitySummary> RunAsync(ServiceConnections connections, JobSettings settings, bool dryRun, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(settings);
        var configured = settings.Activity;
        var options = new ActivityPullOptions
        {
            Retention = configured.Retention,
            Overlap = configured.Overlap,
            AudienceId = configured.AudienceId,
            BatchSize = configured.BatchSize,
            DryRun = configured.DryRun || dryRun,
        };
        return new ActivityPuller(connections.Mailchimp, connections.Dataverse, time).RunAsync(options, cancellationToken);
    }
}
