namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>
/// One alternate key of a table, as its Entity.xml declares it under <c>EntityKeys</c>: the set of columns whose values
/// no two rows may share (Dataverse backs it with a unique index).
/// </summary>
/// <param name="LogicalName">The key's logical name, for example <c>dmc_syncstate_name</c>.</param>
/// <param name="DisplayName">The key's display name (Dataverse names the key by it in the duplicate-key error).</param>
/// <param name="Attributes">The logical names of the key's columns, in declared order.</param>
public sealed record EntityKeyDefinition(string LogicalName, string DisplayName, IReadOnlyList<string> Attributes);
