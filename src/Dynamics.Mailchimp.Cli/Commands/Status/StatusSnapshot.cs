using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>What <c>dmc status</c> read: the queue counts, the latest failures, the push lease and the checkpoints.</summary>
/// <param name="Counts">Rows per state name.</param>
/// <param name="Failures">The most recently failed rows, newest first.</param>
/// <param name="States">Every <c>dmc_syncstate</c> row.</param>
/// <param name="Now">When it was read (the job's clock), to tell a held lease from an expired one.</param>
public sealed record StatusSnapshot(IReadOnlyDictionary<string, int> Counts, IReadOnlyList<FailedRow> Failures, IReadOnlyList<SyncStateRow> States, DateTimeOffset Now)
{
    /// <summary>Gets the push lease row, or null when no push has run yet.</summary>
    public SyncStateRow? Lease => States.FirstOrDefault(s => string.Equals(s.Name, PushRunOptions.LeaseName, StringComparison.Ordinal));

    /// <summary>Gets the other rows but the leases (push and pull): checkpoints.</summary>
    public IEnumerable<SyncStateRow> Checkpoints => States.Where(s => !Leases.Contains(s.Name, StringComparer.Ordinal));

    private static string[] Leases => [PushRunOptions.LeaseName, PullOptions.LeaseName];

    /// <summary>Gets the total number of queue rows.</summary>
    public int Total => Counts.Values.Sum();
}
