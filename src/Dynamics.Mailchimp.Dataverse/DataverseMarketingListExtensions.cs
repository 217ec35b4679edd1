using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Validation;

namespace Dynamics.Mailchimp.Dataverse;

/// <summary>Marketing-list membership actions on top of <see cref="IDataverseClient"/>.</summary>
public static class DataverseMarketingListExtensions
{
    /// <summary>
    /// <c>POST /lists(&lt;listId&gt;)/Microsoft.Dynamics.CRM.AddMemberList {"EntityId":…}</c>; the answer is the
    /// <c>AddMemberListResponse</c> complex type, whose one property <c>Id</c> is the listmember id.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="listId">Marketing list id.</param>
    /// <param name="memberId">Contact, lead or account id (the list's member type).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The id of the listmember row.</returns>
    /// <exception cref="Errors.DataverseResponseFormatException">The answer has no <c>Id</c> GUID.</exception>
    public static async Task<Guid> AddMemberListAsync(this IDataverseClient client, Guid listId, Guid memberId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var parameters = new JsonObject { [MarketingListNames.EntityIdParameter] = DataverseNames.Id(memberId, nameof(memberId)) };
        var answer = await client.ExecuteBoundActionAsync(MarketingListNames.ListsEntitySet, listId, MarketingListNames.AddMemberList, parameters, cancellationToken).ConfigureAwait(false);
        return answer is { ValueKind: System.Text.Json.JsonValueKind.Object } body
            && body.TryGetProperty(MarketingListNames.AddMemberListResponseId, out var id)
            && id.TryGetGuid(out var listMemberId)
            ? listMemberId
            : throw new Errors.DataverseResponseFormatException($"The AddMemberList answer for list {listId} has no '{MarketingListNames.AddMemberListResponseId}' GUID.");
    }

    /// <summary>
    /// <c>POST /AddListMembersList {"List":{"@odata.type":"Microsoft.Dynamics.CRM.list","listid":…},"Members":[{"@odata.type":"Microsoft.Dynamics.CRM.contact","contactid":…}]}</c>.
    /// All members must be of the list's member type.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="listId">Marketing list id.</param>
    /// <param name="memberLogicalName">Member table, e.g. <c>contact</c>; its primary key is <c>&lt;name&gt;id</c>.</param>
    /// <param name="memberIds">Member ids.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public static Task AddListMembersListAsync(
        this IDataverseClient client, Guid listId, string memberLogicalName, IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(memberIds);
        DataverseNames.Column(memberLogicalName, nameof(memberLogicalName));
        if (memberIds.Count == 0)
        {
            throw new ArgumentException("At least one member id is required.", nameof(memberIds));
        }

        var members = new JsonArray();
        foreach (var id in memberIds)
        {
            members.Add((JsonNode)new JsonObject
            {
                ["@odata.type"] = MarketingListNames.ODataTypePrefix + memberLogicalName,
                [memberLogicalName + "id"] = DataverseNames.Id(id, nameof(memberIds)),
            });
        }

        var parameters = new JsonObject
        {
            [MarketingListNames.ListParameter] = new JsonObject
            {
                ["@odata.type"] = MarketingListNames.ODataTypePrefix + MarketingListNames.ListLogicalName,
                [MarketingListNames.ListIdColumn] = DataverseNames.Id(listId, nameof(listId)),
            },
            [MarketingListNames.MembersParameter] = members,
        };
        return client.ExecuteActionAsync(MarketingListNames.AddListMembersList, parameters, cancellationToken);
    }

    /// <summary>
    /// <c>POST /lists(&lt;listId&gt;)/Microsoft.Dynamics.CRM.RemoveMemberList {"EntityId":…}</c>, after the SDK's
    /// <c>RemoveMemberListRequest {ListId, EntityId}</c>. Only available where Dynamics 365 apps are enabled; otherwise
    /// delete the <c>listmembers</c> row. Check the parameter name in the org's <c>$metadata</c>.
    /// </summary>
    /// <param name="client">The client.</param>
    /// <param name="listId">Marketing list id.</param>
    /// <param name="memberId">Member id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    public static Task RemoveMemberListAsync(this IDataverseClient client, Guid listId, Guid memberId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var parameters = new JsonObject { [MarketingListNames.EntityIdParameter] = DataverseNames.Id(memberId, nameof(memberId)) };
        return client.ExecuteBoundActionAsync(MarketingListNames.ListsEntitySet, listId, MarketingListNames.RemoveMemberList, parameters, cancellationToken);
    }
}
