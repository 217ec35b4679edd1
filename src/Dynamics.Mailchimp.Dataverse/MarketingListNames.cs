namespace Dynamics.Mailchimp.Dataverse;

/// <summary>Names of the marketing-list table and actions used by <see cref="DataverseMarketingListExtensions"/>.</summary>
public static class MarketingListNames
{
    /// <summary>Entity set of the <c>list</c> table.</summary>
    public const string ListsEntitySet = "lists";

    /// <summary>Logical name of the list table.</summary>
    public const string ListLogicalName = "list";

    /// <summary>Primary key of the list table.</summary>
    public const string ListIdColumn = "listid";

    /// <summary>Bound action adding one member.</summary>
    public const string AddMemberList = "AddMemberList";

    /// <summary>Unbound action adding many members of one type.</summary>
    public const string AddListMembersList = "AddListMembersList";

    /// <summary>Bound action removing one member.</summary>
    public const string RemoveMemberList = "RemoveMemberList";

    /// <summary>The one property of the <c>AddMemberListResponse</c> complex type: the listmember id.</summary>
    public const string AddMemberListResponseId = "Id";

    /// <summary>Parameter: member row id.</summary>
    public const string EntityIdParameter = "EntityId";

    /// <summary>Parameter: the list.</summary>
    public const string ListParameter = "List";

    /// <summary>Parameter: the members.</summary>
    public const string MembersParameter = "Members";

    /// <summary>Prefix of <c>@odata.type</c> values.</summary>
    public const string ODataTypePrefix = "Microsoft.Dynamics.CRM.";
}
