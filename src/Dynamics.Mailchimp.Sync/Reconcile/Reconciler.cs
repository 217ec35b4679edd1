using System.Net;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>
/// Reconciliation: compares synced lists with their Mailchimp side, list by list, and queues what differs through the
/// normal queue, so the push applies the same rules and the same mass-removal rail as to any change. Per list, the
/// Mailchimp side is read in pages of 1,000 and held by address; the CRM side streams past it in pages of 5,000
/// (<see cref="ListDiffer"/>); the addresses Mailchimp has that no member of the list was seen with are then read back
/// by address, with their other lists, to tell who left from who is held elsewhere.
/// </summary>
/// <param name="reader">Dataverse reads: mappings, settings, records by address, memberships.</param>
/// <param name="members">Streams a list's members.</param>
/// <param name="mailchimp">Reads a list's Mailchimp side.</param>
/// <param name="queue">Queues corrections.</param>
public sealed class Reconciler(IRecordReader reader, IListMemberStream members, IMailchimpListSide mailchimp, ICorrectionQueue queue)
{
    /// <summary>Compares the lists of <paramref name="scope"/> and, unless <paramref name="report"/>, queues the corrections.</summary>
    /// <param name="scope">Which lists.</param>
    /// <param name="options">The job's options (opt-outs, kinds).</param>
    /// <param name="report">How: compare merge fields too, keep how many samples, and whether to queue anything.</param>
    /// <param name="cancellationToken">Cancels the reads and writes.</param>
    /// <returns>The drifts and what was queued.</returns>
    public async Task<ReconcileResult> RunAsync(ReconcileScope scope, SyncOptions options, ReconcileRequest report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(report);
        if (scope == ReconcileScope.None)
        {
            return ReconcileResult.Nothing;
        }

        var mappings = await reader.ReadListMappingsAsync([], cancellationToken).ConfigureAwait(false);
        var syncing = mappings.Syncing.Where(list => ListMappingCheck.FindProblem(list) is null).ToArray();
        var lists = syncing.Where(list => scope == ReconcileScope.AllLists || list.IsDynamic).OrderBy(list => list.Name, StringComparer.OrdinalIgnoreCase).ThenBy(list => list.ListId).ToArray();
        if (lists.Length == 0)
        {
            return new ReconcileResult(scope, [], []);
        }

        var settings = await reader.ReadAudienceSettingsAsync(lists.Select(l => l.AudienceId).Distinct(StringComparer.Ordinal).ToArray(), cancellationToken).ConfigureAwait(false);
        var drifts = new List<ListDrift>();
        foreach (var list in lists)
        {
            var audience = settings.TryGetValue(list.AudienceId, out var found) ? found : AudienceSettings.For(list.AudienceId);
            try
            {
                drifts.Add(await CompareAsync(list, syncing, audience, options, report, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception ex) when (ex is RecordReadException or DataverseApiException { StatusCode: HttpStatusCode.BadRequest })
            {
                // A list whose query Dataverse cannot run is left as it is and named; the other lists go on.
                drifts.Add(new ListDrift { List = list, Error = $"{list.Describe()} was not reconciled: {ex.Message}" });
            }
        }

        var corrections = report.Queue ? await queue.QueueAsync(drifts.Where(d => d.Error is null).ToArray(), cancellationToken).ConfigureAwait(false) : [];
        return new ReconcileResult(scope, drifts, corrections);
    }

    private async Task<ListDrift> CompareAsync(ListMapping list, IReadOnlyList<ListMapping> syncing, AudienceSettings audience, SyncOptions options, ReconcileRequest report, CancellationToken cancellationToken)
    {
        var mapped = MergeFieldRule.Mappings(list.MemberTable, audience);
        var columns = new Dictionary<string, IReadOnlyCollection<string>> { [list.MemberTable] = mapped.Select(m => m.Column).Distinct(StringComparer.Ordinal).ToArray() };
        var side = await mailchimp.ReadAsync(list, report.CompareFields ? mapped.Select(m => m.MergeTag).ToArray() : null, cancellationToken).ConfigureAwait(false);
        var differ = new ListDiffer(list, side, options, report.CompareFields ? audience : null, report.SampleSize, list.IsDynamic || report.JoinsNeverSynced);
        await foreach (var record in members.StreamMembersAsync(list, columns, cancellationToken).ConfigureAwait(false))
        {
            differ.Add(record);
        }

        var unseen = side.Unseen();
        if (unseen.Count == 0)
        {
            differ.Resolve([], new HashSet<RecordRef>());
            return differ.Build();
        }

        var byEmail = await reader.ReadSnapshotsByEmailAsync(unseen.Select(m => m.Email).ToArray(), [list.MemberTable], columns, cancellationToken).ConfigureAwait(false);
        var others = syncing.Where(other => other.ListId != list.ListId && other.AudienceId == list.AudienceId).ToArray();
        var held = new HashSet<RecordRef>();
        if (byEmail.Count > 0 && others.Length > 0)
        {
            var memberships = await reader.ReadMembershipsAsync(byEmail.Select(s => s.Record).Distinct().ToArray(), others.Select(o => o.ListId).ToArray(), cancellationToken).ConfigureAwait(false);
            var byId = others.ToDictionary(o => o.ListId);
            foreach (var group in memberships.GroupBy(m => m.Record))
            {
                var theirs = group.Select(m => byId[m.ListId]).ToArray();
                if (list.Target?.Kind == ListTargetKind.Audience ? theirs.Length > 0 : ListTargetRule.NotKept([list], theirs).Count == 0)
                {
                    held.Add(group.Key);
                }
            }
        }

        differ.Resolve(byEmail, held);
        return differ.Build();
    }
}
