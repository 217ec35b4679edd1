using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Pull.Record;

/// <summary>
/// The <c>dmc_consentevent</c> writes of both directions: the pull creates its rows (it acts only on a status the record
/// does not have yet, so a rerun finds nothing to log); the push upserts its rows under an id derived from the queue row
/// that carried the change, so a replayed row rewrites its rows instead of adding them again.
/// </summary>
public static class ConsentEventRows
{
    /// <summary>The create of a log row.</summary>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Create(ConsentEvent consentEvent) => BatchOperation.Create(PullNames.ConsentEventSet, Body(consentEvent));

    /// <summary>The upsert of a log row under the id derived from the queue row, the record, the audience, the field and the new value.</summary>
    /// <param name="rowId">The queue row whose outcome the event is written with.</param>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The operation.</returns>
    public static BatchOperation Upsert(Guid rowId, ConsentEvent consentEvent) =>
        BatchOperation.Upsert(PullNames.ConsentEventSet, EntityKey.FromId(Id(rowId, consentEvent)), Body(consentEvent));

    /// <summary>The derived id of a push event.</summary>
    /// <param name="rowId">The queue row.</param>
    /// <param name="consentEvent">The event.</param>
    /// <returns>The row id.</returns>
    public static Guid Id(Guid rowId, ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        return DerivedIds.Of(string.Join(
            '|',
            PullNames.ConsentEventTable,
            rowId.ToString("D"),
            consentEvent.Record.Table,
            consentEvent.Record.Id.ToString("D"),
            consentEvent.AudienceId,
            consentEvent.Field,
            consentEvent.NewValue ?? string.Empty));
    }

    private static JsonObject Body(ConsentEvent consentEvent)
    {
        ArgumentNullException.ThrowIfNull(consentEvent);
        var lookup = consentEvent.Record.Table switch
        {
            TableNames.Contact => PullNames.ContactLookup,
            TableNames.Lead => PullNames.LeadLookup,
            _ => PullNames.AccountLookup,
        };
        return new JsonObject
        {
            [PullNames.Name] = Clip(consentEvent.Summary(), 200),
            [lookup + "@odata.bind"] = $"/{RecordWebApiNames.EntitySet(consentEvent.Record.Table)}({consentEvent.Record.Id:D})",
            [PullNames.Field] = consentEvent.Field,
            [PullNames.OldValue] = Clip(consentEvent.OldValue, 200),
            [PullNames.NewValue] = Clip(consentEvent.NewValue, 200),
            [PullNames.MailchimpStatus] = consentEvent.MailchimpStatus?.ToWireValue() ?? consentEvent.NewValue,
            [PullNames.Source] = consentEvent.Source == ConsentSource.Crm ? PullNames.SourceCrm : PullNames.SourceMailchimp,
            [PullNames.Reason] = Clip(consentEvent.Reason, 2000),
            [PullNames.AudienceId] = consentEvent.AudienceId,
            [PullNames.MemberId] = consentEvent.MemberId,
            [PullNames.CampaignId] = consentEvent.CampaignId,
            [PullNames.OccurredOn] = WebApiDates.Format(consentEvent.OccurredOn),
        };
    }

    private static string? Clip(string? text, int max) => text is { Length: var length } && length > max ? text[..(max - 1)] + "…" : text;
}
