using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Activity.Read;

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
        return Of(string.Join(
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
    public static Guid Campaign(string campaignId) => Of(ActivityNames.CampaignTable + "|" + campaignId);

    /// <summary>The id of a <c>dmc_syncstate</c> checkpoint row.</summary>
    /// <param name="name">The state key.</param>
    /// <returns>The row id.</returns>
    public static Guid State(string name) => Of("dmc_syncstate|" + name);

    private static Guid Of(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
