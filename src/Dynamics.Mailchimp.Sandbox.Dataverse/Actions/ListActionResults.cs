namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>Output parameter names of the list messages (the SDK response classes' properties).</summary>
internal static class ListActionResults
{
    /// <summary><c>AddMemberListResponse.Id</c>: the listmember id; also the Web API response property.</summary>
    public const string Id = "Id";

    /// <summary><c>CopyDynamicListToStaticResponse.StaticListId</c>.</summary>
    public const string StaticListId = "StaticListId";
}
