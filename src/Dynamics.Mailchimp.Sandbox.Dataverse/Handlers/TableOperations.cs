using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>
/// Operations a table's entity set does not offer. <c>listmember</c> supports "POST, GET (RetrieveMultiple Only), DELETE"
/// (MicrosoftDocs/dynamics-365-customer-engagement progref/webapireference/entitytypes/listmember.md), so reading one row
/// or updating one is refused.
/// </summary>
internal static class TableOperations
{
    public const string Retrieve = "Retrieve";
    public const string Update = "Update";

    private static readonly Dictionary<string, string[]> Unsupported = new(StringComparer.Ordinal)
    {
        [TableNames.ListMember] = [Retrieve, Update],
    };

    public static void Check(TableDefinition table, string operation)
    {
        if (Unsupported.TryGetValue(table.LogicalName, out var refused) && refused.Contains(operation))
        {
            throw WebApiException.BadRequest($"The '{operation}' method does not support entities of type '{table.LogicalName}'.");
        }
    }
}
