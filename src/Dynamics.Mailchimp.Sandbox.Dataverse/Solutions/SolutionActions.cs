using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Solutions;

/// <summary>
/// Dataverse's solution-import actions, which the sandbox does not serve: it builds its organization from a zip at start
/// (<see cref="DataverseSandboxOptions.Solution"/>, <c>dmc sandbox --solution</c>), since its routes and <c>$metadata</c>
/// are built from the schema once. Each answers 501 naming that option instead of 404.
/// Names from Microsoft's Web API action reference: https://learn.microsoft.com/dynamics365/customer-engagement/web-api/importsolution
/// and https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/importsolutionasync.
/// </summary>
internal static class SolutionActions
{
    private static readonly HashSet<string> NotServed = new(StringComparer.Ordinal)
    {
        "ImportSolution", "ImportSolutionAsync",
    };

    /// <summary>Throws 501 when <paramref name="name"/> is a solution-import action.</summary>
    /// <param name="name">An unbound action name, without the namespace.</param>
    public static void Refuse(string name)
    {
        if (NotServed.Contains(name))
        {
            throw WebApiException.NotImplemented($"The action '{name}' (the sandbox imports a solution zip only at start: {nameof(DataverseSandboxOptions)}.{nameof(DataverseSandboxOptions.Solution)}, or dmc sandbox --solution <zip>)");
        }
    }
}
