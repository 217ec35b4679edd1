using System;
using System.Collections.Generic;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Planning
{
    /// <summary>The inputs of AddListMembers and RemoveListMembers (<c>ListId</c>, <c>MemberIds</c>), and the plug-in's one read: the list.</summary>
    public sealed class BulkMembershipInput
    {
        private BulkMembershipInput(Guid listId, IReadOnlyList<Guid> memberIds, Entity list)
        {
            ListId = listId;
            MemberIds = memberIds;
            List = list;
        }

        /// <summary>The list.</summary>
        public Guid ListId { get; }

        /// <summary>The members the message names.</summary>
        public IReadOnlyList<Guid> MemberIds { get; }

        /// <summary>The list's sync settings, state and member type.</summary>
        public Entity List { get; }

        /// <summary>Reads the inputs of <paramref name="run"/>, which must run on list, and the list.</summary>
        public static BulkMembershipInput Read(PluginRun run)
        {
            MemberProfiles.Require(run, TableNames.List);
            var listId = run.RequiredId(ParameterNames.ListId);
            var memberIds = run.Input<Guid[]>(ParameterNames.MemberIds);
            return new BulkMembershipInput(listId, memberIds, ListMembershipPlanner.ReadList(run, listId));
        }

        /// <summary>
        /// Reads the inputs like <see cref="Read"/>, but when <c>ListId</c> or <c>MemberIds</c> is missing, empty or of
        /// another type returns null with the reason in <paramref name="problem"/> instead of throwing, and reads nothing.
        /// </summary>
        public static BulkMembershipInput? TryRead(PluginRun run, out string? problem)
        {
            MemberProfiles.Require(run, TableNames.List);
            Guid listId;
            Guid[] memberIds;
            try
            {
                listId = run.RequiredId(ParameterNames.ListId);
                memberIds = run.Input<Guid[]>(ParameterNames.MemberIds);
            }
            catch (PluginInputException ex)
            {
                problem = ex.Message;
                return null;
            }

            problem = null;
            return new BulkMembershipInput(listId, memberIds, ListMembershipPlanner.ReadList(run, listId));
        }
    }
}
