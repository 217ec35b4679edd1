using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Record;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>Adds up the cycles of a run into one <see cref="PushSummary"/>.</summary>
public sealed class PushSummaryBuilder
{
    private readonly Dictionary<string, int> _rows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _members = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _skips = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];
    private readonly List<MassRemovalVerdict> _held = [];
    private int _consentEvents;
    private int _recordFailures;
    private int _cycles;

    /// <summary>Adds a cycle that was planned and, unless a dry run, sent and recorded.</summary>
    /// <param name="plans">The cycle's plans.</param>
    /// <param name="results">What Mailchimp did with the sent plans (empty for a dry run).</param>
    /// <param name="rows">The rows' final states (empty for a dry run).</param>
    /// <param name="verdicts">The mass-removal rail's verdicts.</param>
    /// <param name="dryRun">Whether nothing was sent.</param>
    public void AddCycle(IReadOnlyList<MemberPlan> plans, IReadOnlyList<PlanResult> results, IReadOnlyList<RowResult> rows, IReadOnlyList<MassRemovalVerdict> verdicts, bool dryRun)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(verdicts);
        _cycles++;
        foreach (var row in rows)
        {
            Add(_rows, RowCounts.For(row.State));
        }

        foreach (var plan in plans)
        {
            if (plan.Skip is { } skip)
            {
                Add(_members, MemberCounts.Skipped);
                Add(_skips, skip.Code.ToString());
            }
            else if (plan.Held is not null)
            {
                Add(_members, MemberCounts.Held);
            }
            else if (dryRun && plan.IsSent)
            {
                Add(_members, MemberCounts.Planned);
            }
        }

        foreach (var result in results)
        {
            AddResult(result);
        }

        _held.AddRange(verdicts.Where(verdict => verdict.Held));
    }

    /// <summary>Notes a row or record Dataverse refused to write (it stays as it was and is retried on a later run).</summary>
    /// <param name="id">The row or record.</param>
    /// <param name="error">Dataverse's error.</param>
    public void AddRecordFailure(Guid id, string error)
    {
        _recordFailures++;
        _failures.Add($"could not record {id}: {error}");
    }

    /// <summary>Adds the consent events a cycle's Record wrote.</summary>
    /// <param name="count">How many.</param>
    public void AddConsentEvents(int count) => _consentEvents += count;

    /// <summary>Gets or sets what the run's reconciliation found and queued.</summary>
    public Reconcile.ReconcileResult Reconciled { get; set; } = Reconcile.ReconcileResult.Nothing;

    /// <summary>Gets or sets why the run's reconciliation failed.</summary>
    public string? ReconcileError { get; set; }

    /// <summary>Builds the summary.</summary>
    /// <param name="stopped">Whether a stop signal ended the run early.</param>
    /// <param name="dryRun">Whether it was a dry run.</param>
    /// <param name="leaseHeldBy">The other holder, when the lease could not be taken.</param>
    /// <param name="lostLease">Whether the lease was lost during the run (the run stopped sending at once).</param>
    /// <returns>The summary.</returns>
    public PushSummary Build(bool stopped, bool dryRun, LeaseHolder? leaseHeldBy = null, bool lostLease = false) => new()
    {
        Reconciled = Reconciled,
        ReconcileError = ReconcileError,
        LeaseLost = lostLease,
        Cycles = _cycles,
        ConsentEvents = _consentEvents,
        RecordFailures = _recordFailures,
        Rows = new Dictionary<string, int>(_rows, StringComparer.Ordinal),
        Members = new Dictionary<string, int>(_members, StringComparer.Ordinal),
        SkipReasons = new Dictionary<string, int>(_skips, StringComparer.Ordinal),
        Failures = [.. _failures],
        Held = [.. _held],
        Stopped = stopped,
        DryRun = dryRun,
        LeaseHeldBy = leaseHeldBy,
    };

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private void AddResult(PlanResult result)
    {
        switch (result.Kind)
        {
            case PlanResultKind.Failed:
                Add(_members, MemberCounts.Failed);
                _failures.Add($"{result.Plan.Email}: {result.Detail}");
                return;
            case PlanResultKind.Refused when MemberRefusals.IsForgotten(result.Detail):
                Add(_members, MemberCounts.ErasedInMailchimp);
                return;
            case PlanResultKind.Refused:
                Add(_members, MemberCounts.Refused);
                _failures.Add($"{result.Plan.Email}: {result.Detail}");
                return;
        }

        var plan = result.Plan;
        if (plan.Removal is { Kind: RemovalKind.Archive })
        {
            Add(_members, MemberCounts.Archived);
        }
        else if (plan.Removal is { Kind: RemovalKind.Unsubscribe })
        {
            Add(_members, MemberCounts.Unsubscribed);
        }
        else if (plan.Upsert is { } upsert && result.Status == MemberStatus.Unsubscribed && upsert.Status is not MemberStatus.Unsubscribed)
        {
            Add(_members, MemberCounts.KeptUnsubscribed);
        }
        else if (plan.Upsert is not null)
        {
            Add(_members, MemberCounts.Upserted);
        }

        if (plan.TagsToAdd.Count + plan.TagsToRemove.Count > 0)
        {
            Add(_members, MemberCounts.Tagged);
        }
    }
}
