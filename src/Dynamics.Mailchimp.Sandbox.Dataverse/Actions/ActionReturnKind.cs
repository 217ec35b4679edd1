namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>What an action returns.</summary>
internal enum ActionReturnKind
{
    /// <summary>Nothing: 204.</summary>
    None,

    /// <summary>The <c>AddMemberListResponse</c> complex type: <c>{"Id": listmemberid}</c>.</summary>
    AddMemberListResponse,

    /// <summary>A <c>list</c> entity (the new static list of <c>CopyDynamicListToStatic</c>).</summary>
    List,
}
