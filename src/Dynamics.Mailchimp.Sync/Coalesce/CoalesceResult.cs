using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Coalesce;

/// <summary>The works of a run, one per (audience, record), and the rows a later row replaced.</summary>
/// <param name="Works">The works, ordered by audience and record.</param>
/// <param name="Superseded">One <see cref="RowOutcomeKind.Superseded"/> outcome per replaced row.</param>
public sealed record CoalesceResult(IReadOnlyList<MemberWork> Works, IReadOnlyList<RowOutcome> Superseded);
