using System.Globalization;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Activity.Read;
using Dynamics.Mailchimp.Sync.Pull.Record;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>
/// Row ids derived from the rows' alternate-key values (a name-based UUID, SHA-256, RFC 9562 version 8), so every run
/// upserts an event, a campaign or a checkpoint under the same id: a rerun rewrites the row, never adds a second one.
/// The table's alternate key still refuses a second row with the same values written under another id.
/// </summary>
public static class RowKeys
{
    /// <summary>The id of an email activity row: its campaign, member, action and time.</summary>
    /// <param name="emailEvent">The event.</param>
    /// <returns>The row id.</returns>
    public static Guid Activity(EmailEvent emailEvent)
    {
        ArgumentNullException.ThrowIfNull(emailEvent);
        return DerivedIds.Of(string.Join(
            '|',
            ActivityNames.ActivityTable,
            emailEvent.CampaignId,
            emailEvent.MemberId,
            ((int)emailEvent.Action).ToString(CultureInfo.InvariantCulture),
            WebApiDates.Format(emailEvent.OccurredOn)));
    }

    /// <summary>The id of a campaign row.</summary>
    /// <param name="campaignId">The Mailchimp campaign id.</param>
    /// <returns>The row id.</returns>
    public static Guid Campaign(string campaignId) => DerivedIds.Of(ActivityNames.CampaignTable + "|" + campaignId);

    /// <summary>The id of a <c>dmc_syncstate</c> checkpoint row.</summary>
    /// <param name="name">The state key.</param>
    /// <returns>The row id.</returns>
    public static Guid State(string name) => DerivedIds.Of("dmc_syncstate|" + name);
}
