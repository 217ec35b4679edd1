using Dynamics.Mailchimp.Sandbox.Dataverse.Actions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

/// <summary>Resolves action segments against <see cref="ListActions"/>: bound ones by the table they bind to, and unbound ones.</summary>
internal static class ActionCatalog
{
    /// <summary>The action <paramref name="name"/> bound to <paramref name="table"/>, or null.</summary>
    public static ActionDefinition? Bound(string name, string table)
    {
        RefuseUndocumented(name);
        return ListActions.Served.TryGetValue(name, out var action) && action.BoundTable == table ? action : null;
    }

    /// <summary>Whether <paramref name="name"/> is a bound action of any table.</summary>
    public static bool IsBoundAnywhere(string name) => ListActions.Served.TryGetValue(name, out var action) && action.BoundTable is not null;

    /// <summary>Whether <paramref name="name"/> is an unbound action (501 for one Dataverse has but does not document).</summary>
    public static bool IsUnbound(string name)
    {
        RefuseUndocumented(name);
        return ListActions.Served.TryGetValue(name, out var action) && action.BoundTable is null;
    }

    private static void RefuseUndocumented(string name)
    {
        Solutions.SolutionActions.Refuse(name);
        if (ListActions.Undocumented.Contains(name))
        {
            throw WebApiException.NotImplemented($"The action '{name}' (Dataverse lists it for marketing lists but documents no parameters)");
        }
    }
}
