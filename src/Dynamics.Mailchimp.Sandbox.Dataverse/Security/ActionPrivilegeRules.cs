using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Actions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Security;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// The privileges each marketing-list action needs, from Microsoft's "privileges by message" tables: AddMemberList needs
/// prvReadList, prvAppendToList and Read and Append on the member's table
/// (https://learn.microsoft.com/previous-versions/dynamicscrm-2016/developers-guide/gg334794(v=crm.8)); RemoveMemberList
/// needs prvReadList and prvAppendToList (…/gg334759(v=crm.8)). The bulk forms (AddListMembersList, RemoveListMembersList)
/// and the other membership actions are held to the same rules; CopyDynamicListToStatic creates a list (prvCreateList).
/// The member's table is the list's <c>createdfromcode</c> (1 account, 2 contact, 4 lead).
/// </summary>
internal sealed class ActionPrivilegeRules(InMemoryOrganization organization, TablePrivilegeGuard guard)
{
    private static readonly HashSet<string> AddingMembers = new(StringComparer.Ordinal)
    {
        ListActions.AddMemberList, ListActions.AddListMembersList, ListActions.AddMembersByFetchXmlList, ListActions.CopyMembersList,
    };

    /// <summary>Refuses <paramref name="action"/> when the caller lacks a privilege it needs.</summary>
    public void Require(WebApiCaller caller, ActionDefinition action, OrganizationRequest request)
    {
        if (caller.Privileges.IsUnrestricted)
        {
            return;
        }

        var lists = organization.Schema.GetTable(TableNames.List);
        guard.Require(caller, lists, TableAccess.Read);
        if (action.Name == ListActions.CopyDynamicListToStatic)
        {
            guard.Require(caller, lists, TableAccess.Create, creating: true);
            return;
        }

        guard.Require(caller, lists, TableAccess.AppendTo);
        if (AddingMembers.Contains(action.Name) && MemberTable(request) is { } members)
        {
            var table = organization.Schema.GetTable(members);
            guard.Require(caller, table, TableAccess.Read);
            guard.Require(caller, table, TableAccess.Append);
        }
    }

    private string? MemberTable(OrganizationRequest request)
    {
        var listId = request.Parameters.TryGetValue(ListActions.ListId, out var value) && value is Guid id ? id
            : request.Parameters.TryGetValue("TargetListId", out var target) && target is Guid targetId ? targetId
            : Guid.Empty;
        var list = organization.Rows(TableNames.List).FirstOrDefault(r => r.Id == listId);
        return list?.GetAttributeValue<OptionSetValue>(ListFields.CreatedFromCode)?.Value switch
        {
            1 => TableNames.Account,
            2 => TableNames.Contact,
            4 => TableNames.Lead,
            _ => null,
        };
    }
}
