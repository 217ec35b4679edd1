namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>A cycle on its way: being sent to Mailchimp, and recorded part by part as Mailchimp answers.</summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="Sent">
/// Completes when Mailchimp has answered all of it: <see langword="true"/> when sending ran to its end, <see langword="false"/>
/// when it failed or was cut off. Never faults.
/// </param>
/// <param name="Recorded">Completes once what Mailchimp answered is recorded; faults only when recording itself fails.</param>
/// <param name="Dispatched">
/// Completes once the cycle's first calls are built and handed to the Mailchimp client (queued at its connection cap),
/// or sending ended before. Never faults.
/// </param>
public sealed record SendingCycle(PlannedCycle Cycle, Task<bool> Sent, Task<CycleReport> Recorded, Task Dispatched);
