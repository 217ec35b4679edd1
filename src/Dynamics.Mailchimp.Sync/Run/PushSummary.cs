using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Reconcile;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>What a push run did: rows by final state, members by what Mailchimp did, and why anything stopped.</summary>
public sealed record PushSummary
{
    /// <summary>Gets how many cycles ran.</summary>
    public int Cycles { get; init; }

    /// <summary>Gets how many consent events (source CRM) the run wrote to the consent log.</summary>
    public int ConsentEvents { get; init; }

    /// <summary>Gets the rows by the state they were left in (Done, Failed, Skipped, Superseded, Pending).</summary>
    public IReadOnlyDictionary<string, int> Rows { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the members by what happened to them (upserted, unsubscribed, archived, tagged, kept unsubscribed, refused, erased in Mailchimp, failed, skipped, held).</summary>
    public IReadOnlyDictionary<string, int> Members { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets one line per failed or refused member, naming the address and what Mailchimp said.</summary>
    public IReadOnlyList<string> Failures { get; init; } = [];

    /// <summary>Gets the skip reasons with how many members or rows each covered.</summary>
    public IReadOnlyDictionary<string, int> SkipReasons { get; init; } = new Dictionary<string, int>();

    /// <summary>Gets the mass-removal verdicts that held removals back.</summary>
    public IReadOnlyList<MassRemovalVerdict> Held { get; init; } = [];

    /// <summary>Gets the other instance's lease when this run could not take it (nothing was done).</summary>
    public LeaseHolder? LeaseHeldBy { get; init; }

    /// <summary>Gets a value indicating whether the lease was lost mid-run (another instance took it); the run stopped sending.</summary>
    public bool LeaseLost { get; init; }

    /// <summary>Gets a value indicating whether a stop signal ended the run before the queue was drained.</summary>
    public bool Stopped { get; init; }

    /// <summary>Gets a value indicating whether the run only planned (dry run).</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Gets how many row outcomes, record statuses or consent events Dataverse refused to write (each is in
    /// <see cref="Failures"/>, "could not record …"); the rows stay Pending and are replayed by a later run.
    /// </summary>
    public int RecordFailures { get; init; }

    /// <summary>Gets what the run's reconciliation (its first step) found and queued.</summary>
    public ReconcileResult Reconciled { get; init; } = ReconcileResult.Nothing;

    /// <summary>Gets why the reconciliation failed, naming what it was reading; the queue was drained all the same.</summary>
    public string? ReconcileError { get; init; }

    /// <summary>Gets a value indicating whether any member or row failed, a write-back was refused, or reconciliation failed.</summary>
    public bool AnyFailed => LeaseLost || RecordFailures > 0 || ReconcileError is not null || Reconciled.Errors.Count > 0 || Members.GetValueOrDefault(MemberCounts.Failed) > 0 || Rows.GetValueOrDefault(RowCounts.Failed) > 0;
}
