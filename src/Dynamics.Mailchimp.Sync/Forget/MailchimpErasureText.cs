using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// How the push names an address erased in Mailchimp (delete-permanent, by <c>dmc forget</c> or in Mailchimp itself):
/// on the queue row, in the consent log and in the skip reason, always as a GDPR erasure, and never with the address
/// (the records and the audience name it). Mailchimp's refusal of such an address reads "… was permanently deleted and
/// cannot be re-imported…" (Forgotten Email Not Subscribed; shared/reference/mailchimp.md [M41]).
/// </summary>
public static class MailchimpErasureText
{
    /// <summary>The words every such message starts with.</summary>
    public const string Label = "GDPR erasure in Mailchimp";

    /// <summary>A write Mailchimp refused because the address was deleted permanently.</summary>
    /// <param name="records">The records with the address.</param>
    /// <param name="audienceId">The audience.</param>
    /// <returns>The text.</returns>
    public static string Refused(IEnumerable<RecordRef> records, string audienceId) =>
        $"{Label}: audience {audienceId} refused the address of {string.Join(" and ", records.Distinct())} as permanently deleted (Forgotten Email Not Subscribed); Mailchimp never re-imports it. " +
        "The records now store the status Deleted, and the push sends this address nothing more.";

    /// <summary>A member not sent because its records store Deleted.</summary>
    /// <param name="records">The records with the address, as <c>contact 6f1c… and lead 0a2b…</c>.</param>
    /// <returns>The text.</returns>
    public static string Skipped(string records) =>
        $"{Label}: the address of {records} was permanently deleted in Mailchimp, which refuses to re-import it; nothing is sent to it " +
        "(only the person's own signup through a Mailchimp form brings it back, and the pull then stores the new status)";
}
