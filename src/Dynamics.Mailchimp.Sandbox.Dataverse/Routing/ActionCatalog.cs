using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

/// <summary>The actions the sandbox implements: bound ones by the table they bind to, and unbound ones.</summary>
internal static class ActionCatalog
{
    private static readonly Dictionary<string, string> BoundActions = new(StringComparer.Ordinal)
    {
        [WebApiNames.AddMemberList] = TableNames.List,
        [WebApiNames.RemoveMemberList] = TableNames.List,
    };

    private static readonly HashSet<string> UnboundActions = new(StringComparer.Ordinal) { WebApiNames.AddListMembersList };

    /// <summary>Whether <paramref name="name"/> is a bound action of <paramref name="table"/>.</summary>
    public static bool IsBound(string name, string table) => BoundActions.TryGetValue(name, out var bound) && bound == table;

    /// <summary>Whether <paramref name="name"/> is a bound action of any table.</summary>
    public static bool IsBoundAnywhere(string name) => BoundActions.ContainsKey(name);

    /// <summary>Whether <paramref name="name"/> is an unbound action.</summary>
    public static bool IsUnbound(string name) => UnboundActions.Contains(name);
}
