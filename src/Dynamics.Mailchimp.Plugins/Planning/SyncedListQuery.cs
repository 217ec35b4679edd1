using System;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>
    /// The one read of a member plug-in: is the record in a synced static list, or is there a synced dynamic list
    /// of its type it may match? One RetrieveMultiple, at most one row.
    /// </summary>
    public static class SyncedListQuery
    {
        private const string MemberAlias = "member";

        /// <summary>The query for record <paramref name="memberId"/> of <paramref name="profile"/>'s table.</summary>
        public static QueryExpression Build(MemberProfile profile, Guid memberId)
        {
            var query = new QueryExpression(TableNames.List)
            {
                ColumnSet = new ColumnSet(ListFields.ListId),
                TopCount = 1,
                NoLock = true,
            };
            query.Criteria.AddCondition(ListFields.SyncEnabled, ConditionOperator.Equal, true);
            query.Criteria.AddCondition(ListFields.StateCode, ConditionOperator.Equal, 0);
            query.Criteria.AddCondition(ListFields.CreatedFromCode, ConditionOperator.Equal, profile.ListMemberType);

            var member = query.AddLink(TableNames.ListMember, ListFields.ListId, ListMemberFields.ListId, JoinOperator.LeftOuter);
            member.EntityAlias = MemberAlias;
            member.LinkCriteria.AddCondition(ListMemberFields.EntityId, ConditionOperator.Equal, memberId);

            var staticOrDynamic = query.Criteria.AddFilter(LogicalOperator.Or);
            staticOrDynamic.AddCondition(ListFields.Type, ConditionOperator.Equal, true);
            staticOrDynamic.AddCondition(MemberAlias, ListMemberFields.ListMemberId, ConditionOperator.NotNull);
            return query;
        }

        /// <summary>Runs the query: whether any synced list concerns the record.</summary>
        public static bool IsInSyncedList(IOrganizationService service, MemberProfile profile, Guid memberId) =>
            service.RetrieveMultiple(Build(profile, memberId)).Entities.Count > 0;
    }
}
