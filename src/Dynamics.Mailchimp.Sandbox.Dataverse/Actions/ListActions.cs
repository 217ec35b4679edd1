using Dynamics.Mailchimp.Plugins.Names;
using Kind = Dynamics.Mailchimp.Sandbox.Dataverse.Actions.ActionParameterKind;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>
/// The marketing-list actions of the Web API, as Microsoft's message table for <c>list</c> names them
/// (MicrosoftDocs/dynamics-365-customer-engagement <c>ce/developer/reference/entities/list.md</c>) with the parameters of
/// the Web API action reference (<c>progref/webapireference/actions/*.md</c>). Each becomes the organization request of the
/// same name with the SDK request classes' input parameters; the organization maps it to its SDK message
/// (<c>AddMember</c>, <c>RemoveListMembers</c>, …) for plug-in steps.
/// </summary>
internal static class ListActions
{
    public const string AddMemberList = "AddMemberList";
    public const string AddListMembersList = "AddListMembersList";
    public const string RemoveMemberList = "RemoveMemberList";
    public const string RemoveListMembersList = "RemoveListMembersList";
    public const string AddMembersBatchList = "AddMembersBatchList";
    public const string CopyMembersList = "CopyMembersList";
    public const string QualifyMemberList = "QualifyMemberList";
    public const string CopyDynamicListToStatic = "CopyDynamicListToStatic";
    public const string AddMembersByFetchXmlList = "AddMembersByFetchXmlList";
    public const string RemoveMembersByFetchXmlList = "RemoveMembersByFetchXmlList";

    public const string ListId = "ListId";
    public const string EntityId = "EntityId";
    public const string MemberIds = "MemberIds";
    public const string FetchXml = "FetchXml";

    private const string Reference = "MicrosoftDocs/dynamics-365-customer-engagement progref/webapireference/actions/";
    private const string ClientScript = "Microsoft's marketing-list client script (ODataContract request classes)";

    /// <summary>Every action the sandbox serves, by name (case-sensitive, as Dataverse resolves segments).</summary>
    public static IReadOnlyDictionary<string, ActionDefinition> Served { get; } = new ActionDefinition[]
    {
        new(AddMemberList, TableNames.List, AddMemberList, [new("EntityId", Kind.Guid, EntityId)], ActionReturnKind.AddMemberListResponse, Reference + "addmemberlist.md"),
        new(AddListMembersList, null, AddListMembersList, [new("List", Kind.Record, ListId, TableNames.List), new("Members", Kind.Records, MemberIds)], ActionReturnKind.None, Reference + "addlistmemberslist.md"),

        // The SDK names the member EntityId; public clients send {"ListMember":{"listmemberid":<member id>}} (WP Fusion).
        new(RemoveMemberList, TableNames.List, RemoveMemberList, [new("EntityId", Kind.Guid, EntityId, Optional: true), new("ListMember", Kind.Record, EntityId, TableNames.ListMember, Optional: true)], ActionReturnKind.None, "learn.microsoft.com/dotnet/api/microsoft.crm.sdk.messages.removememberlistrequest"),
        new(RemoveListMembersList, null, RemoveListMembersList, [new("List", Kind.Record, ListId, TableNames.List), new("Members", Kind.Records, MemberIds)], ActionReturnKind.None, ClientScript + ": RemoveMembersByIdsRequest"),
        new(CopyMembersList, TableNames.List, CopyMembersList, [new("TargetList", Kind.Record, "TargetListId", TableNames.List)], ActionReturnKind.None, Reference + "copymemberslist.md")
        {
            BindingSdkName = "SourceListId",
        },
        new(QualifyMemberList, TableNames.List, QualifyMemberList, [new("ListMember", Kind.Records, "MembersId"), new("OverrideorRemove", Kind.Boolean, "OverrideorRemove")], ActionReturnKind.None, Reference + "qualifymemberlist.md"),
        new(CopyDynamicListToStatic, TableNames.List, CopyDynamicListToStatic, [], ActionReturnKind.List, Reference + "copydynamiclisttostatic.md"),
        new(AddMembersByFetchXmlList, TableNames.List, AddMembersByFetchXmlList, [new("FetchXml", Kind.String, FetchXml)], ActionReturnKind.None, "public SDK code: OrganizationRequest(\"AddMembersByFetchXmlList\") {ListId, FetchXml}"),
        new(RemoveMembersByFetchXmlList, TableNames.List, RemoveMembersByFetchXmlList, [new("FetchXml", Kind.String, FetchXml), new("KeepReturned", Kind.Boolean, "KeepReturned")], ActionReturnKind.None, ClientScript + ": RemoveMembersByFetchXmlListRequest"),
    }.ToDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>Actions Dataverse lists whose parameters are not documented: known, but answered with 501.</summary>
    public static IReadOnlySet<string> Undocumented { get; } = new HashSet<string>(StringComparer.Ordinal) { AddMembersBatchList };
}
