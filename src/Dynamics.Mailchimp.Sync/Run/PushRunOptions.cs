using System.ComponentModel.DataAnnotations;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>How a push run takes the queue; section <c>Sync:Push</c>.</summary>
public sealed record PushRunOptions
{
    /// <summary>The name of the lease row on <c>dmc_syncstate</c> that only one instance holds at a time.</summary>
    public const string LeaseName = "lease:push";

    /// <summary>Gets the most queue rows one cycle reads, decides, sends and records before the next.</summary>
    /// <value>Default 5,000 (see <see cref="ChangesPerCycle"/>).</value>
    [Range(1, 100_000)]
    public int RowsPerCycle { get; set; } = 5_000;

    /// <summary>Gets the most member changes one cycle takes (a bulk membership row counts its members).</summary>
    /// <value>Default 5,000: one round of ten full batch subscribes (Mailchimp's ten connections), five outcome batches.
    /// It bounds the job's memory, which then stays flat however long the queue is: a run holds at most two cycles, the
    /// one being sent and the next being read. The row that reaches the limit is the cycle's last, so a cycle holds at
    /// most this plus one row's members.</value>
    [Range(1, 100_000)]
    public int ChangesPerCycle { get; set; } = 5_000;

    /// <summary>Gets a value indicating whether to print the plan and write nothing anywhere.</summary>
    public bool DryRun { get; set; }
}
