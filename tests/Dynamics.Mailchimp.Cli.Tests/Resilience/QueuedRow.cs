namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>A queue row as it was queued.</summary>
/// <param name="Id">The row id.</param>
/// <param name="Kind">The <c>dmc_kind</c> value.</param>
/// <param name="TargetId">The record the row names, or <see cref="Guid.Empty"/>.</param>
/// <param name="Sequence">The queue order.</param>
internal sealed record QueuedRow(Guid Id, int Kind, Guid TargetId, long Sequence);
