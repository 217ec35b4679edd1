using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.MailchimpApi.Models.Campaigns;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Activity.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>
/// The rows of the pull under their derived ids: campaign and checkpoint rows as single upserts (<c>PATCH</c> by id), activity
/// rows as targets of <c>UpsertMultiple</c> (identified by their primary key, create or update).
/// </summary>
public static class ActivityRows
{
    private const int NameLength = 400;

    /// <summary>The campaign row.</summary>
    /// <param name="campaign">The campaign as Mailchimp lists it.</param>
    /// <returns>The upsert.</returns>
    public static BatchOperation Campaign(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var subject = campaign.Settings?.SubjectLine;
        var name = FirstText(campaign.Settings?.Title, subject, campaign.Id);
        var record = new JsonObject
        {
            [ActivityNames.Name] = Clip(name, NameLength),
            [ActivityNames.MailchimpId] = campaign.Id,
            [ActivityNames.Subject] = subject is null ? null : Clip(subject, NameLength),
            [ActivityNames.SendTime] = campaign.SendTime is { } sent ? WebApiDates.Format(sent) : null,
            [ActivityNames.AudienceId] = campaign.Recipients?.ListId,
            [ActivityNames.AudienceName] = campaign.Recipients?.ListName,
            [ActivityNames.EmailsSent] = campaign.EmailsSent,
            [ActivityNames.Opens] = campaign.ReportSummary?.Opens ?? 0,
            [ActivityNames.UniqueOpens] = campaign.ReportSummary?.UniqueOpens ?? 0,
            [ActivityNames.Clicks] = campaign.ReportSummary?.Clicks ?? 0,
            [ActivityNames.SubscriberClicks] = campaign.ReportSummary?.SubscriberClicks ?? 0,
        };
        return BatchOperation.Upsert(ActivityNames.CampaignSet, EntityKey.FromId(RowKeys.Campaign(campaign.Id)), record);
    }

    /// <summary>
    /// The activity row of an event matched to <paramref name="record"/>: regarding the record (so it shows on its
    /// timeline), completed, with the event's time as its actual start and end.
    /// </summary>
    /// <param name="emailEvent">The event.</param>
    /// <param name="record">The contact or lead.</param>
    /// <param name="campaignName">The campaign's subject or title, for the row's name.</param>
    /// <returns>The row as a target of <c>UpsertMultiple</c>: its columns and its derived id (<see cref="ActivityNames.ActivityId"/>).</returns>
    public static JsonObject Activity(EmailEvent emailEvent, RecordRef record, string campaignName)
    {
        ArgumentNullException.ThrowIfNull(emailEvent);
        ArgumentNullException.ThrowIfNull(record);
        var set = record.Table == TableNames.Contact ? "contacts" : "leads";
        var occurredOn = WebApiDates.Format(emailEvent.OccurredOn);
        return new JsonObject
        {
            [ActivityNames.ActivityId] = RowKeys.Activity(emailEvent).ToString("D"),
            [ActivityNames.ActivitySubject] = Clip($"{Label(emailEvent.Action)}: {campaignName}", NameLength),
            [ActivityNames.MemberId] = emailEvent.MemberId,
            [ActivityNames.CampaignMailchimpId] = emailEvent.CampaignId,
            [ActivityNames.Action] = (int)emailEvent.Action,
            [ActivityNames.OccurredOn] = occurredOn,
            [ActivityNames.ActualStart] = occurredOn,
            [ActivityNames.ActualEnd] = occurredOn,
            [ActivityNames.StateCode] = ActivityNames.Completed,
            [ActivityNames.StatusCode] = ActivityNames.CompletedStatus,
            [ActivityNames.EmailAddress] = Clip(emailEvent.EmailAddress, 320),
            [ActivityNames.Url] = emailEvent.Url is null ? null : Clip(emailEvent.Url, 2000),
            [ActivityNames.Detail] = emailEvent.Detail is null ? null : Clip(emailEvent.Detail, 2000),
            [ActivityNames.Bind(ActivityNames.Campaign)] = $"/{ActivityNames.CampaignSet}({RowKeys.Campaign(emailEvent.CampaignId):D})",
            [ActivityNames.RegardingBind(record.Table)] = $"/{set}({record.Id:D})",
        };
    }

    /// <summary>The checkpoint of a campaign: its activity is imported up to <paramref name="through"/>.</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="through">Where the next run resumes.</param>
    /// <returns>The upsert.</returns>
    public static BatchOperation Checkpoint(string campaignId, DateTimeOffset through)
    {
        var name = ActivityNames.CheckpointPrefix + campaignId;
        var record = new JsonObject
        {
            [ClaimWebApiNames.SyncStateName] = name,
            [ActivityNames.CheckpointValue] = WebApiDates.Format(through),
        };
        return BatchOperation.Upsert(ClaimWebApiNames.SyncStateSet, EntityKey.FromId(RowKeys.State(name)), record);
    }

    /// <summary>The English label of an action, as the choice column has it.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The label.</returns>
    public static string Label(ActivityAction action) => action switch
    {
        ActivityAction.HardBounce => "Hard Bounce",
        ActivityAction.SoftBounce => "Soft Bounce",
        _ => action.ToString(),
    };

    private static string FirstText(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!;

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
