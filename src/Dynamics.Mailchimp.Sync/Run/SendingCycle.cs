namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>A cycle on its way: being sent to Mailchimp, and recorded part by part as Mailchimp answers.</summary>
/// <param name="Cycle">The cycle.</param>
/// <param name="Sent">
/// Completes when Mailchimp has answered all of it: <see langword="true"/> when sending ran to its end, <see langword="false"/>
/// when it failed or was cut off. Never faults.
/// </param>
/// <param name="Recorded">Completes once what Mailchimp answered is recorded; faults only when recording itself fails.</param>
public sealed record SendingCycle(PlannedCycle Cycle, Task<bool> Sent, Task<CycleReport> Recorded);
