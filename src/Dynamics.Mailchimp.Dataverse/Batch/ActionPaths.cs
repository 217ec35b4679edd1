using Dynamics.Mailchimp.Dataverse.Validation;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>Builds action paths: bound actions need the full <c>Microsoft.Dynamics.CRM.</c> name, unbound ones are posted to the root.</summary>
internal static class ActionPaths
{
    public static string Build(string actionName, string? boundEntitySetName, Guid? boundId)
    {
        DataverseNames.Action(actionName);
        if (boundEntitySetName is null)
        {
            if (boundId is not null)
            {
                throw new ArgumentException("A bound id was given without its entity set name.", nameof(boundEntitySetName));
            }

            return actionName;
        }

        var id = boundId ?? throw new ArgumentException($"Bound action '{actionName}' needs the id of the {boundEntitySetName} row.", nameof(boundId));
        var qualified = actionName.Contains('.', StringComparison.Ordinal) ? actionName : DataverseConstants.ActionNamespace + actionName;
        return DataverseNames.EntitySet(boundEntitySetName, nameof(boundEntitySetName)) + EntityKey.FromId(id) + "/" + qualified;
    }
}
