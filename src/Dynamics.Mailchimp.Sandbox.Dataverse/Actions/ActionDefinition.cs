namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>
/// A Web API action the sandbox serves: its name, the table it binds to (null when unbound), the organization request
/// it becomes and its parameters. Drives routing, the request mapping and <c>$metadata</c> alike.
/// </summary>
/// <param name="Name">The Web API action name, e.g. <c>RemoveListMembersList</c>.</param>
/// <param name="BoundTable">The table of the binding parameter (<c>entity</c>), or null for an unbound action.</param>
/// <param name="RequestName">The organization request name (<c>OrganizationRequest.RequestName</c>).</param>
/// <param name="Parameters">The body parameters.</param>
/// <param name="Returns">What it answers with.</param>
/// <param name="Source">Where its contract is documented.</param>
internal sealed record ActionDefinition(
    string Name,
    string? BoundTable,
    string RequestName,
    IReadOnlyList<ActionParameter> Parameters,
    ActionReturnKind Returns,
    string Source)
{
    /// <summary>The <c>InputParameters</c> key of the bound record's id.</summary>
    /// <value><c>ListId</c>.</value>
    public string BindingSdkName { get; init; } = ListActions.ListId;
}
