namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>One parameter of a Web API action and the SDK input parameter it becomes.</summary>
/// <param name="Name">The Web API parameter name (case-sensitive), e.g. <c>Members</c>.</param>
/// <param name="Kind">Its EDM shape.</param>
/// <param name="SdkName">The <c>InputParameters</c> key of the organization request, e.g. <c>MemberIds</c>.</param>
/// <param name="EntityType">For <see cref="ActionParameterKind.Record"/>: the table; null for <c>crmbaseentity</c>.</param>
/// <param name="Optional">Whether the body may leave it out (another parameter then supplies <paramref name="SdkName"/>).</param>
internal sealed record ActionParameter(string Name, ActionParameterKind Kind, string SdkName, string? EntityType = null, bool Optional = false);
