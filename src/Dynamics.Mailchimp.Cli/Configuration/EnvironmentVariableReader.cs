using System.Security;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Solution.Settings;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>
/// Reads the solution's environment variables from Dataverse in one request: a FetchXML query on
/// <c>environmentvariabledefinitions</c> (schema name, type, default value) with an outer link to
/// <c>environmentvariablevalues</c> (the current value), filtered to the schema names the job maps. The current value
/// overrides the default: the definition's <c>defaultvalue</c> is the "Default variable value to be used if no associated
/// EnvironmentVariableValue entities exist" (Microsoft's EnvironmentVariableDefinition table reference,
/// learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition; the value row
/// points at its definition through <c>environmentvariabledefinitionid</c>, relationship
/// <c>environmentvariabledefinition_environmentvariablevalue</c>). Needs Read on both tables (the service role has it).
/// </summary>
public static class EnvironmentVariableReader
{
    /// <summary>The alias of the linked value table; its column comes back as <c>v.value</c>.</summary>
    public const string ValueAlias = "v";

    /// <summary>Reads the variables named <paramref name="schemaNames"/>; one reading per definition found (a variable the organization lacks is left out).</summary>
    /// <param name="dataverse">The Dataverse client (the job's application user).</param>
    /// <param name="schemaNames">The schema names to read.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The readings, ordered by schema name.</returns>
    public static async Task<IReadOnlyList<EnvironmentVariableReading>> ReadAsync(IDataverseClient dataverse, IReadOnlyCollection<string> schemaNames, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataverse);
        ArgumentNullException.ThrowIfNull(schemaNames);
        var readings = new Dictionary<string, EnvironmentVariableReading>(StringComparer.Ordinal);
        if (schemaNames.Count == 0)
        {
            return [];
        }

        await foreach (var row in dataverse.QueryFetchXmlAsync(EnvironmentVariableNames.DefinitionSet, FetchXml(schemaNames), cancellationToken).ConfigureAwait(false))
        {
            var reading = new EnvironmentVariableReading(
                Text(row, EnvironmentVariableNames.SchemaName) ?? string.Empty,
                row.TryGetProperty(EnvironmentVariableNames.Type, out var type) && type.ValueKind == JsonValueKind.Number ? type.GetInt32() : null,
                Text(row, ValueAlias + "." + EnvironmentVariableNames.Value),
                Text(row, EnvironmentVariableNames.DefaultValue));

            // A definition has at most one value row; should an organization hold two, the first with a value wins.
            if (!readings.TryGetValue(reading.SchemaName, out var seen) || seen.CurrentValue is null)
            {
                readings[reading.SchemaName] = reading;
            }
        }

        return readings.Values.OrderBy(r => r.SchemaName, StringComparer.Ordinal).ToList();
    }

    /// <summary>The query: definitions named <paramref name="schemaNames"/>, their type and default, and the linked current value.</summary>
    /// <param name="schemaNames">The schema names.</param>
    /// <returns>The FetchXML.</returns>
    public static string FetchXml(IEnumerable<string> schemaNames)
    {
        var values = new StringBuilder();
        foreach (var name in schemaNames.Order(StringComparer.Ordinal))
        {
            values.Append("<value>").Append(SecurityElement.Escape(name)).Append("</value>");
        }

        return
            $"<fetch><entity name=\"{EnvironmentVariableNames.DefinitionTable}\">" +
            $"<attribute name=\"{EnvironmentVariableNames.SchemaName}\" /><attribute name=\"{EnvironmentVariableNames.Type}\" /><attribute name=\"{EnvironmentVariableNames.DefaultValue}\" />" +
            $"<filter><condition attribute=\"{EnvironmentVariableNames.SchemaName}\" operator=\"in\">{values}</condition></filter>" +
            $"<link-entity name=\"{EnvironmentVariableNames.ValueTable}\" from=\"{EnvironmentVariableNames.DefinitionId}\" to=\"{EnvironmentVariableNames.DefinitionId}\" link-type=\"outer\" alias=\"{ValueAlias}\">" +
            $"<attribute name=\"{EnvironmentVariableNames.Value}\" /></link-entity>" +
            "</entity></fetch>";
    }

    private static string? Text(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
