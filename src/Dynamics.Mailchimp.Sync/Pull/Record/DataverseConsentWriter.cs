using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Pull.Record;

/// <summary>
/// Writes each record's change as one change set inside <c>$batch</c> calls with continue-on-error: a
/// <c>RemoveMemberList</c> per list it leaves, a <c>dmc_consentevent</c> create per log row, then the record's
/// <c>PATCH If-Match: *</c> (status, consent columns, <c>dmc_mailchimplastchanged</c>); for a lead created for an
/// unmatched member (<see cref="ConsentChange.NewLead"/>), the lead's upsert under its derived id, then its log row. A change set is all or nothing,
/// so a record is never marked with its new status without its log rows and list removals, and one bad record fails
/// alone. The client tags every inner write (<c>WriteTag</c>, default <c>dmc-sync</c>), so the plug-ins queue none of
/// them: a list removal made here is not pushed back to Mailchimp as an archive.
/// </summary>
/// <param name="client">The job's Dataverse client (MaxBatchOperations 1,000, the default write tag).</param>
public sealed class DataverseConsentWriter(IDataverseClient client) : IConsentWriter
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<ConsentWriteResult>> WriteAsync(IReadOnlyList<ConsentChange> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return [];
        }

        var operations = new List<BatchOperation>();
        var owner = new List<int>();
        for (var i = 0; i < changes.Count; i++)
        {
            var changeSet = "consent-" + i.ToString(CultureInfo.InvariantCulture);
            foreach (var operation in Operations(changes[i]))
            {
                operations.Add(operation with { ChangeSet = changeSet });
                owner.Add(i);
            }
        }

        var result = await client.ExecuteBatchAsync(operations, continueOnError: true, cancellationToken).ConfigureAwait(false);
        var errors = new string?[changes.Count];
        foreach (var item in result.Results.Where(r => !r.Succeeded))
        {
            var index = owner[item.Index];
            var error = item.Error is { } dataverse && !string.IsNullOrEmpty(dataverse.Message)
                ? $"{dataverse.Code} {dataverse.Message}".Trim()
                : $"{item.Outcome} ({(int?)item.StatusCode})";
            errors[index] ??= $"{changes[index].Record} was not updated from {changes[index].Member}: {error}";
        }

        return changes.Select((change, i) => new ConsentWriteResult(change, errors[i])).ToArray();
    }

    private static IEnumerable<BatchOperation> Operations(ConsentChange change)
    {
        foreach (var list in change.LeaveLists)
        {
            var parameters = new JsonObject { [MarketingListNames.EntityIdParameter] = change.Record.Id.ToString("D", CultureInfo.InvariantCulture) };
            yield return BatchOperation.Action(MarketingListNames.RemoveMemberList, parameters, MarketingListNames.ListsEntitySet, list.ListId);
        }

        if (change.NewLead is { } lead)
        {
            // The lead first, so the log row's lookup finds it; upserted under its derived id.
            yield return BatchOperation.Upsert(RecordWebApiNames.LeadSet, EntityKey.FromId(change.Record.Id), LeadColumns(change, lead));
        }

        foreach (var consentEvent in change.Events)
        {
            yield return ConsentEventRows.Create(consentEvent);
        }

        if (change.NewLead is not null)
        {
            yield break;
        }

        var columns = new JsonObject { [MemberFields.MailchimpLastChanged] = WebApiDates.Format(change.Member.LastChanged) };
        if (change.NewStatus is { } status)
        {
            columns[MemberFields.MailchimpStatus] = MailchimpStatusOptions.ToOptionValue(status);
            columns[MemberFields.MailchimpMemberId] = change.Member.MemberId;
        }

        if (change.DoNotBulkEmail is { } bulk)
        {
            columns[MemberFields.DoNotBulkEmail] = bulk;
        }

        if (change.DoNotSendMarketingMaterials is { } marketing)
        {
            columns[MemberFields.DoNotSendMarketingMaterials] = marketing;
        }

        yield return BatchOperation.Update(RecordWebApiNames.EntitySet(change.Record.Table), change.Record.Id, columns);
    }

    private static JsonObject LeadColumns(ConsentChange change, NewLead lead) => new()
    {
        [MemberFields.EmailAddress1] = lead.Email,
        [PersonFields.FirstName] = lead.FirstName,
        [PersonFields.LastName] = lead.LastName,
        [MemberFields.MailchimpMemberId] = change.Member.MemberId,
        [MemberFields.MailchimpStatus] = MailchimpStatusOptions.ToOptionValue(change.NewStatus ?? change.Member.Status),
        [MemberFields.MailchimpLastChanged] = WebApiDates.Format(change.Member.LastChanged),
    };
}
