using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Decide;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>A cycle read and decided, ready to be sent: its rows, what it read, its plans, its parts and its footprint.</summary>
/// <param name="Batch">The cycle's queue rows.</param>
/// <param name="Inputs">What it read and worked out before deciding.</param>
/// <param name="Decided">Its plans and the mass-removal rail's verdicts.</param>
/// <param name="Parts">Its independent parts, each recorded as soon as Mailchimp has answered it (<see cref="CycleParts"/>).</param>
/// <param name="Footprint">The records and addresses it read or may change.</param>
public sealed record PlannedCycle(QueueBatch Batch, CycleInputs Inputs, RailResult Decided, IReadOnlyList<CyclePart> Parts, CycleFootprint Footprint);
