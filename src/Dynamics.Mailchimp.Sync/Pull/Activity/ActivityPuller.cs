using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Activity.Checkpoint;
using Dynamics.Mailchimp.Sync.Pull.Activity.Match;
using Dynamics.Mailchimp.Sync.Pull.Activity.Read;
using Dynamics.Mailchimp.Sync.Pull.Activity.Write;

namespace Dynamics.Mailchimp.Sync.Pull.Activity;

/// <summary>
/// Imports sent campaigns and their email activity into Dataverse: campaigns sent within the retention
/// (<c>GET /campaigns?status=sent&amp;since_send_time=…</c>), then per campaign its activity since its checkpoint
/// (<c>GET /reports/{id}/email-activity?since=…</c>, 1,000 recipients a page) and its unsubscribes, page by page. Each
/// chunk of events is matched to contacts and leads and written as one <c>UpsertMultiple</c> under derived ids (<see cref="RowKeys"/>),
/// so memory stays flat in the campaign's size and a rerun duplicates nothing. A campaign's checkpoint (the run's start)
/// is written only after all its rows are committed (<see cref="ActivityBatchWriter"/>); a crash loses nothing.
/// </summary>
public sealed class ActivityPuller
{
    private readonly IMailchimpClient _mailchimp;
    private readonly IDataverseClient _dataverse;
    private readonly TimeProvider _clock;

    /// <summary>Creates the puller.</summary>
    /// <param name="mailchimp">The Mailchimp client (page size 1,000).</param>
    /// <param name="dataverse">The Dataverse client (MaxBatchOperations 1,000, the job's write tag).</param>
    /// <param name="clock">The job's clock: the retention and the checkpoints count from it.</param>
    public ActivityPuller(IMailchimpClient mailchimp, IDataverseClient dataverse, TimeProvider clock)
    {
        _mailchimp = mailchimp ?? throw new ArgumentNullException(nameof(mailchimp));
        _dataverse = dataverse ?? throw new ArgumentNullException(nameof(dataverse));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>Runs one pull.</summary>
    /// <param name="options">Retention, overlap, audience, chunk size, and whether to write at all (a dry run counts only).</param>
    /// <param name="cancellationToken">Stops the run; what was committed stays, checkpoints included.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ValidationException">An option is out of range; the message names it.</exception>
    public async Task<ActivitySummary> RunAsync(ActivityPullOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        SettingsValidators.ThrowIfInvalid(new SettingsValidators.Activity(), options);
        var now = _clock.GetUtcNow();
        var checkpoints = await new ActivityCheckpoints(_dataverse).ReadAsync(cancellationToken).ConfigureAwait(false);
        var writer = new ActivityBatchWriter(_dataverse, options.BatchSize, options.DryRun);
        var importer = new CampaignImporter(_mailchimp, new MemberMatcher(_dataverse), writer, options.BatchSize);
        var campaigns = 0;
        await foreach (var campaign in _mailchimp.GetSentCampaignsAsync(now - options.Retention, options.AudienceId, cancellationToken).ConfigureAwait(false))
        {
            if (string.IsNullOrEmpty(campaign.Id))
            {
                continue;
            }

            campaigns++;
            var window = ActivityWindow.For(checkpoints.TryGetValue(campaign.Id, out var through) ? through : null, now, options);
            await importer.ImportAsync(campaign, window, cancellationToken).ConfigureAwait(false);
            if (!options.DryRun)
            {
                writer.Complete(campaign.Id, ActivityRows.Checkpoint(campaign.Id, now));
            }
        }

        await writer.FinishAsync(cancellationToken).ConfigureAwait(false);
        return new ActivitySummary(
            campaigns,
            writer.Tally.Written,
            importer.Unmatched,
            importer.UnmatchedMembers,
            writer.Tally.Checkpointed.Count,
            writer.Tally.Failures,
            writer.Calls);
    }
}
