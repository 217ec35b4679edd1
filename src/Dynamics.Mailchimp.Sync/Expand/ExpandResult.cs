using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>The member events of a run, and the rows that expanded to nothing with their outcome.</summary>
/// <param name="Events">The events, in row order.</param>
/// <param name="Outcomes">One outcome per row that expanded to nothing.</param>
public sealed record ExpandResult(IReadOnlyList<MemberEvent> Events, IReadOnlyList<RowOutcome> Outcomes);
