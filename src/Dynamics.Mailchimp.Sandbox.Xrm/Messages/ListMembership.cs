using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Marketing-list membership rows, kept as the platform keeps them (listmember plus list.membercount).</summary>
internal static class ListMembership
{
    /// <summary>
    /// The static list <paramref name="listId"/> and the member table it takes, for a membership change: an inactive list
    /// is read-only, and a locked list refuses additions only (Microsoft list reference: LockStatus "no additional members
    /// can be added"; StateCode "Inactive marketing lists are read-only").
    /// </summary>
    public static (Entity List, string MemberTable) OpenStaticList(InMemoryOrganization organization, Guid listId, bool adding)
    {
        var list = RowLookup.Existing(organization.Store, TableNames.List, listId);
        if (list.GetAttributeValue<bool>(ListFields.Type))
        {
            throw Invalid($"Members cannot be added to or removed from the dynamic marketing list {listId}; its query decides its members.");
        }

        ListRules.CheckActive(list);
        if (adding && list.GetAttributeValue<bool>(ListRules.LockStatus))
        {
            throw Invalid($"The marketing list {listId} is locked; no members can be added.");
        }

        var type = list.GetAttributeValue<OptionSetValue>(ListFields.CreatedFromCode)?.Value ?? 0;
        var profile = MemberProfile.ForListMemberType(type) ?? throw Invalid($"The marketing list {listId} has member type {type}.");
        return (list, profile.Table);
    }

    /// <summary>Ids of the members of <paramref name="listId"/> already in the list.</summary>
    public static Dictionary<Guid, Guid> Members(InMemoryOrganization organization, Guid listId) =>
        organization.Store.Rows(TableNames.ListMember)
            .Where(m => m.GetAttributeValue<EntityReference>(ListMemberFields.ListId)?.Id == listId)
            .ToDictionary(m => m.GetAttributeValue<EntityReference>(ListMemberFields.EntityId)!.Id, m => m.Id);

    /// <summary>Adds <paramref name="memberId"/> unless present; returns its listmember id.</summary>
    public static Guid Add(InMemoryOrganization organization, Guid listId, string memberTable, Guid memberId, Dictionary<Guid, Guid> existing)
    {
        if (existing.TryGetValue(memberId, out var listMemberId))
        {
            return listMemberId;
        }

        RowLookup.Existing(organization.Store, memberTable, memberId);
        var row = new Entity(TableNames.ListMember, Guid.NewGuid());
        row[ListMemberFields.ListMemberId] = row.Id;
        row[ListMemberFields.ListId] = new EntityReference(TableNames.List, listId);
        row[ListMemberFields.EntityId] = new EntityReference(memberTable, memberId);
        row["entitytype"] = memberTable;
        organization.Stamp(row, created: true);
        organization.Store.Put(row);
        existing[memberId] = row.Id;
        return row.Id;
    }

    /// <summary>Removes <paramref name="memberId"/> from <paramref name="listId"/>; false when it was not a member.</summary>
    public static bool Remove(InMemoryOrganization organization, Guid listId, Guid memberId)
    {
        return Members(organization, listId).TryGetValue(memberId, out var listMemberId)
            && organization.Store.Remove(TableNames.ListMember, listMemberId);
    }

    /// <summary>
    /// A Delete of the <c>listmember</c> row itself (documented: <c>DELETE /listmembers(listmemberid)</c>): allowed unless
    /// the list is inactive; updates <c>membercount</c>. Fires Delete steps on listmember, not RemoveMember steps.
    /// </summary>
    public static void RemoveRow(InMemoryOrganization organization, Entity listMember)
    {
        var listId = listMember.GetAttributeValue<EntityReference>(ListMemberFields.ListId)?.Id;
        if (listId is { } id && organization.Store.TryGet(TableNames.List, id, out var list))
        {
            ListRules.CheckActive(list);
        }

        organization.Store.Remove(TableNames.ListMember, listMember.Id);
        if (listId is { } counted)
        {
            UpdateCount(organization, counted);
        }
    }

    /// <summary>Cascade on delete: every membership of a deleted member or list.</summary>
    public static void RemoveAllFor(InMemoryOrganization organization, EntityReference deleted)
    {
        var column = deleted.LogicalName == TableNames.List ? ListMemberFields.ListId : ListMemberFields.EntityId;
        var doomed = organization.Store.Rows(TableNames.ListMember)
            .Where(m => m.GetAttributeValue<EntityReference>(column)?.Id == deleted.Id)
            .ToArray();
        foreach (var row in doomed)
        {
            organization.Store.Remove(TableNames.ListMember, row.Id);
            if (column == ListMemberFields.EntityId)
            {
                UpdateCount(organization, row.GetAttributeValue<EntityReference>(ListMemberFields.ListId)!.Id);
            }
        }
    }

    /// <summary>Sets list.membercount to the number of listmember rows.</summary>
    public static void UpdateCount(InMemoryOrganization organization, Guid listId)
    {
        if (!organization.Store.TryGet(TableNames.List, listId, out var stored))
        {
            return;
        }

        var list = EntityCopy.Clone(stored);
        list["membercount"] = Members(organization, listId).Count;
        organization.Stamp(list, created: false);
        organization.Store.Put(list);
    }

    private static OrganizationServiceFaultException Invalid(string message) => new(OrganizationErrorCodes.InvalidArgument, message);
}
