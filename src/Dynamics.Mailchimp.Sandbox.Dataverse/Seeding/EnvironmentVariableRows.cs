using System.Security.Cryptography;
using System.Text;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Settings;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

/// <summary>
/// The <c>environmentvariabledefinition</c> rows an import of the solution leaves in an organization (schema name, type,
/// default value), and the <c>environmentvariablevalue</c> row an admin adds to give a variable its current value. Ids
/// are derived from the schema name, so they are stable within the sandbox.
/// </summary>
public static class EnvironmentVariableRows
{
    /// <summary>Writes one definition row per <paramref name="definitions"/> as the organization's SYSTEM user.</summary>
    /// <param name="organization">The organization; nothing is written when it lacks the definition table.</param>
    /// <param name="definitions">The solution's definitions.</param>
    /// <returns>The number of rows written.</returns>
    public static int Seed(InMemoryOrganization organization, IEnumerable<EnvironmentVariableDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(definitions);
        if (!organization.Schema.Tables.ContainsKey(EnvironmentVariableNames.DefinitionTable))
        {
            return 0;
        }

        var service = organization.CreateService();
        var written = 0;
        foreach (var definition in definitions)
        {
            service.Create(new Entity(EnvironmentVariableNames.DefinitionTable, DefinitionId(definition.SchemaName))
            {
                [EnvironmentVariableNames.SchemaName] = definition.SchemaName,
                [EnvironmentVariableNames.Type] = new OptionSetValue(definition.Type),
                [EnvironmentVariableNames.DefaultValue] = definition.DefaultValue,
            });
            written++;
        }

        return written;
    }

    /// <summary>Gives the variable <paramref name="schemaName"/> the current value <paramref name="value"/>, as an admin does after import.</summary>
    /// <param name="organization">The organization.</param>
    /// <param name="schemaName">The definition's schema name; its row must exist.</param>
    /// <param name="value">The current value.</param>
    /// <returns>The value row's id.</returns>
    public static Guid SetCurrentValue(InMemoryOrganization organization, string schemaName, string value)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return organization.CreateService().Create(new Entity(EnvironmentVariableNames.ValueTable)
        {
            [EnvironmentVariableNames.SchemaName] = schemaName,
            [EnvironmentVariableNames.Value] = value,
            [EnvironmentVariableNames.DefinitionId] = new EntityReference(EnvironmentVariableNames.DefinitionTable, DefinitionId(schemaName)),
        });
    }

    /// <summary>The id of the definition row of <paramref name="schemaName"/>.</summary>
    /// <param name="schemaName">The schema name.</param>
    /// <returns>A stable id.</returns>
    public static Guid DefinitionId(string schemaName)
    {
        ArgumentNullException.ThrowIfNull(schemaName);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(EnvironmentVariableNames.DefinitionTable + ":" + schemaName));
        return new Guid(hash.AsSpan(0, 16));
    }
}
