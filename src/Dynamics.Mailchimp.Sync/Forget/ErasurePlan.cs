using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// Decides the Dataverse side of an erasure, a pure function of what was read:
/// <list type="bullet">
/// <item>a queue row: its email columns that hold the address are cleared, every other text column gets the address
/// replaced by its hash; a row still to be sent (Pending, Failed) for the address is settled Skipped, naming the erasure,
/// so no later push sends the address again (a row taken by a running push, Processing, is only scrubbed);</item>
/// <item>a consent log row: the address in its texts is replaced by its hash; the member id (Mailchimp's hash) stays;</item>
/// <item>an email activity row: its address column is cleared, the address in its subject, URL and detail replaced by
/// its hash; the member id stays; a closed (completed) activity is reopened for the write and closed again;</item>
/// <item>a record with the address: Mailchimp member id cleared, Mailchimp status Deleted (the push then sends the
/// address nothing, as after a Mailchimp-side erasure), last changed now; a record that only stored the member id
/// (its address changed since) gets the id and the status cleared. The record itself, and its address, belong to the
/// CRM: <c>forget</c> never deletes or edits them.</item>
/// </list>
/// A row or record that holds nothing more to clear gets no write, so a second run writes nothing.
/// </summary>
public static class ErasurePlan
{
    /// <summary>The writes for <paramref name="findings"/>.</summary>
    /// <param name="address">The address.</param>
    /// <param name="findings">What Dataverse holds of it.</param>
    /// <param name="now">When the erasure ran (the records' <c>dmc_mailchimplastchanged</c>).</param>
    /// <returns>One write per row or record that changes.</returns>
    public static IReadOnlyList<ErasureWrite> Plan(ErasedAddress address, ErasureFindings findings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(findings);
        var writes = new List<ErasureWrite>();
        writes.AddRange(findings.QueueRows.Select(row => QueueRow(address, row)).OfType<ErasureWrite>());
        writes.AddRange(findings.ConsentEvents.Select(row => ConsentEvent(address, row)).OfType<ErasureWrite>());
        writes.AddRange(findings.EmailActivities.Select(row => EmailActivity(address, row)).OfType<ErasureWrite>());
        writes.AddRange(findings.Records.Select(record => Record(record, now)).OfType<ErasureWrite>());
        return writes;
    }

    /// <summary>The outcome written on a queue row the erasure settles.</summary>
    /// <param name="address">The address.</param>
    /// <returns>The text, naming the hash only.</returns>
    public static string SkippedOutcome(ErasedAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return $"{SkipCode.DeletedInMailchimp}: GDPR erasure (dmc forget) of the address {address.Hash}: it was permanently deleted in Mailchimp and its copies cleared here; this change is not sent.";
    }

    private static ErasureWrite? QueueRow(ErasedAddress address, FoundRow row)
    {
        var changes = Scrubbed(address, row, ForgetNames.QueueEmailColumns);
        var pending = row.State is QueueItemStates.Pending or QueueItemStates.Failed;
        if (pending && address.Is(row.Texts.GetValueOrDefault(QueueItemFields.Email)))
        {
            changes[QueueItemFields.State] = QueueItemStates.Skipped;
            changes[QueueItemFields.Outcome] = SkippedOutcome(address);
        }

        return changes.Count == 0 ? null : new ErasureWrite(ForgetTarget.QueueRow, Name(row.Id), ClaimWebApiNames.QueueItemSet, row.Id, changes, row.ETag ?? "*");
    }

    private static ErasureWrite? ConsentEvent(ErasedAddress address, FoundRow row)
    {
        var changes = Scrubbed(address, row, []);
        return changes.Count == 0 ? null : new ErasureWrite(ForgetTarget.ConsentEvent, Name(row.Id), PullNames.ConsentEventSet, row.Id, changes, row.ETag ?? "*");
    }

    private static ErasureWrite? EmailActivity(ErasedAddress address, FoundRow row)
    {
        var changes = Scrubbed(address, row, ForgetNames.ActivityEmailColumns);
        if (changes.Count == 0)
        {
            return null;
        }

        var reclose = row.State is ActivityNames.Completed or ForgetNames.ActivityCanceled
            ? new JsonObject { [ActivityNames.StateCode] = row.State, [ActivityNames.StatusCode] = row.Status }
            : null;
        return new ErasureWrite(ForgetTarget.EmailActivity, Name(row.Id), ActivityNames.ActivitySet, row.Id, changes, row.ETag ?? "*", reclose);
    }

    private static ErasureWrite? Record(FoundRecord record, DateTimeOffset now)
    {
        var status = record.HasAddress ? MailchimpStatusOptions.Deleted : (int?)null;
        if (record.MemberId is null && record.Status == status)
        {
            return null;
        }

        var changes = new JsonObject
        {
            [MemberFields.MailchimpMemberId] = null,
            [MemberFields.MailchimpStatus] = status,
            [MemberFields.MailchimpLastChanged] = WebApiDates.Format(now),
        };

        // Only the connector's columns change, so a CRM user's edit in between is no conflict: the record must only exist.
        return new ErasureWrite(ForgetTarget.Record, record.Record.ToString(), RecordWebApiNames.EntitySet(record.Record.Table), record.Record.Id, changes, "*");
    }

    private static JsonObject Scrubbed(ErasedAddress address, FoundRow row, IReadOnlyList<string> clearedColumns)
    {
        var changes = new JsonObject();
        foreach (var (column, text) in row.Texts.Where(pair => address.IsIn(pair.Value)))
        {
            changes[column] = clearedColumns.Contains(column) ? null : address.Scrub(text);
        }

        return changes;
    }

    private static string Name(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
