using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// The one audit row of an erasure, in the consent log (<c>dmc_consentevent</c>, source CRM, field
/// <see cref="ForgetNames.AuditField"/>): it keeps the address's hash and why, what was erased where, and no address,
/// no member id and no link to a record (the row must not lead back to the person).
/// </summary>
public static class ErasureAudit
{
    /// <summary>The create of the audit row.</summary>
    /// <param name="address">The address (only its hash is written).</param>
    /// <param name="items">What the erasure did.</param>
    /// <param name="now">When it ran.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Create(ErasedAddress address, IReadOnlyList<ForgetItem> items, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(items);
        return BatchOperation.Create(PullNames.ConsentEventSet, new JsonObject
        {
            [PullNames.Name] = $"GDPR erasure {address.Hash}",
            [PullNames.Field] = ForgetNames.AuditField,
            [PullNames.NewValue] = PullNames.DeletedValue,
            [PullNames.MailchimpStatus] = PullNames.DeletedValue,
            [PullNames.Source] = PullNames.SourceCrm,
            [PullNames.Reason] = Reason(address, items),
            [PullNames.OccurredOn] = WebApiDates.Format(now),
        });
    }

    /// <summary>Why the row exists and what the erasure did, naming the hash only.</summary>
    /// <param name="address">The address.</param>
    /// <param name="items">What the erasure did.</param>
    /// <returns>The reason text.</returns>
    public static string Reason(ErasedAddress address, IReadOnlyList<ForgetItem> items)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(items);
        var erased = items.Where(i => i.Target == ForgetTarget.Audience && i.Outcome == ForgetOutcome.Erased).Select(i => i.Id).ToArray();
        int Cleared(ForgetTarget target) => items.Count(i => i.Target == target && i.Outcome == ForgetOutcome.Cleared);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Right to erasure (GDPR art. 17) requested with dmc forget for the address {address.Hash} (SHA-256 of the trimmed, lower-case address). " +
            $"Permanently deleted in Mailchimp audience(s): {(erased.Length == 0 ? "none (not a member)" : string.Join(", ", erased))}. " +
            $"Cleared in Dataverse: {Cleared(ForgetTarget.QueueRow)} queue row(s), {Cleared(ForgetTarget.ConsentEvent)} consent log row(s), {Cleared(ForgetTarget.EmailActivity)} email activity row(s), " +
            $"the Mailchimp id and status of {Cleared(ForgetTarget.Record)} record(s) (now Deleted: never sent again). The CRM records themselves are not deleted by dmc.");
    }
}
