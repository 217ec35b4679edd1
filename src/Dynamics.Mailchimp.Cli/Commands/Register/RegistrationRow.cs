using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>One row <c>dmc register</c> wants in the organization, under its stable id.</summary>
/// <param name="EntitySet">The entity set, e.g. <c>sdkmessageprocessingsteps</c>.</param>
/// <param name="Id">The stable id from PluginRegistration/ (types: derived from the assembly id and the type name).</param>
/// <param name="Label">What the report calls it, e.g. the step's name.</param>
/// <param name="Values">The columns and their values (JSON as the Web API writes and reads them).</param>
/// <param name="Lookups">The lookups.</param>
public sealed record RegistrationRow(
    string EntitySet,
    Guid Id,
    string Label,
    IReadOnlyDictionary<string, JsonNode?> Values,
    IReadOnlyList<RegistrationLookup> Lookups)
{
    /// <summary>The properties to read for a comparison: the columns and the lookups' <c>_x_value</c>.</summary>
    public IReadOnlyList<string> Select => [.. Values.Keys, .. Lookups.Select(l => l.ValueProperty)];
}
