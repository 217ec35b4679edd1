using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>
    /// The list-delete plug-in's read: the list's <c>listmember</c> rows, which still exist in PreOperation and are gone
    /// once the delete commits. Paged, and bounded by <see cref="ListDeletePlanner.MaxCapturedMembers"/> so the user's
    /// delete stays quick; a failed read is reported, never thrown, so it cannot block the delete.
    /// </summary>
    public static class DeletedListMembersQuery
    {
        /// <summary>Rows per page: the platform's maximum.</summary>
        public const int PageSize = 5000;

        private const int MaxErrorLength = 500;

        /// <summary>The query for page <paramref name="pageNumber"/> of the members of <paramref name="listId"/>.</summary>
        public static QueryExpression Build(Guid listId, int pageNumber, string? pagingCookie)
        {
            var query = new QueryExpression(TableNames.ListMember)
            {
                ColumnSet = new ColumnSet(ListMemberFields.EntityId),
                NoLock = true,
                PageInfo = new PagingInfo { Count = PageSize, PageNumber = pageNumber },
            };
            if (pagingCookie != null)
            {
                query.PageInfo.PagingCookie = pagingCookie;
            }

            query.Criteria.AddCondition(ListMemberFields.ListId, ConditionOperator.Equal, listId);
            query.AddOrder(ListMemberFields.ListMemberId, OrderType.Ascending);
            return query;
        }

        /// <summary>Reads the members of <paramref name="listId"/>, at most <paramref name="cap"/> of them.</summary>
        public static FormerMembers Read(IOrganizationService service, Guid listId, int cap)
        {
            var ids = new List<Guid>();
            try
            {
                string? cookie = null;
                for (var page = 1; ; page++)
                {
                    var result = service.RetrieveMultiple(Build(listId, page, cookie));
                    ids.AddRange(result.Entities.Select(row => row.GetAttributeValue<EntityReference>(ListMemberFields.EntityId)?.Id ?? Guid.Empty));
                    if (ids.Count > cap)
                    {
                        return FormerMembers.NotCaptured(string.Format(CultureInfo.InvariantCulture, "the list has more than {0} members, more than the plug-in reads inside a delete", cap));
                    }

                    if (!result.MoreRecords)
                    {
                        return FormerMembers.Captured(ids.Where(id => id != Guid.Empty).Distinct().ToArray());
                    }

                    cookie = result.PagingCookie;
                }
            }
            catch (Exception ex) when (!(ex is OutOfMemoryException))
            {
                var message = ex.Message.Length <= MaxErrorLength ? ex.Message : ex.Message.Substring(0, MaxErrorLength);
                return FormerMembers.NotCaptured("reading its members failed: " + message);
            }
        }
    }
}
