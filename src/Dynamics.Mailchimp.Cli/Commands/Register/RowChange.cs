namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>The outcome for one registration row.</summary>
/// <param name="EntitySet">Its entity set.</param>
/// <param name="Id">Its stable id.</param>
/// <param name="Label">Its name in the report.</param>
/// <param name="Kind">Create, update or unchanged.</param>
/// <param name="Fields">The properties written (or to write): all for a create, the differing ones for an update.</param>
/// <param name="Error">Why the write failed, or null.</param>
public sealed record RowChange(string EntitySet, Guid Id, string Label, RowChangeKind Kind, IReadOnlyList<string> Fields, string? Error = null);
