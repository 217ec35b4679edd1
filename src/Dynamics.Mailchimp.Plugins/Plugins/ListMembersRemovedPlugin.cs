using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>
    /// Queues members removed in bulk from a synced marketing list (RemoveListMembers: the model-driven UI's "Remove from
    /// marketing list" sends the Web API action RemoveListMembersList), packed into as few rows as the column allows.
    /// </summary>
    /// <remarks>
    /// Registered in PluginRegistration/plugin-steps.json: RemoveListMembers on list, PostOperation, synchronous. The message
    /// supports no images. Its input names (<c>ListId</c>, <c>MemberIds</c>) are those of the SDK's RemoveListMembersList
    /// request, not documented for the event: when they are missing or of another type the plug-in does not fail the user's
    /// removal but queues a re-read of the list (ListMembersChanged, from the primary record or <c>ListId</c>) with a trace,
    /// or, when no list can be found at all, traces and skips (the reconciliation catches the change).
    /// </remarks>
    public sealed class ListMembersRemovedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMembersRemovedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListMembersRemovedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            var input = BulkMembershipInput.TryRead(run, out var problem);
            if (input != null)
            {
                return ListMembershipPlanner.PlanRemoveMany(input.ListId, input.MemberIds, input.List);
            }

            var listId = run.PrimaryOrInputId(ParameterNames.ListId);
            if (listId == null)
            {
                return PlanOutcome.Skip($"{problem} It names no list either (no primary record, no ListId); the periodic reconciliation catches the change");
            }

            var list = ListMembershipPlanner.ReadList(run, listId.Value);
            return ListMembershipPlanner.PlanMembersChanged(listId.Value, list)
                .WithNote($"{problem} Falling back to a re-read of list {listId.Value}'s members");
        }
    }
}
