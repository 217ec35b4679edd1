using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

/// <summary>A parsed resource path: its kind and, where it has them, the table, the record id and the action.</summary>
internal sealed record ResourcePath(ResourceKind Kind, TableDefinition? Table = null, Guid? Id = null, string? Action = null)
{
    /// <summary>The table, for kinds that have one.</summary>
    public TableDefinition RequiredTable => Table ?? throw new InvalidOperationException($"A {Kind} path has no table.");

    /// <summary>The record id, for kinds that have one.</summary>
    public Guid RequiredId => Id ?? throw new InvalidOperationException($"A {Kind} path has no record id.");
}
