using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>
    /// Queues a re-read of a synced list's members after AddMembersBatch (Web API AddMembersBatchList, an event on list whose
    /// inputs Microsoft does not document). It relies on nothing but the list: the context's primary record, or a
    /// <c>ListId</c> input when the primary record is not set.
    /// </summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: AddMembersBatch on list, PostOperation, synchronous. The message supports no images.</remarks>
    public sealed class ListMembersBatchAddedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMembersBatchAddedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListMembersBatchAddedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            MemberProfiles.Require(run, TableNames.List);
            var listId = run.PrimaryOrInputId(ParameterNames.ListId);
            if (listId == null)
            {
                return PlanOutcome.Skip("AddMembersBatch names no list (no primary record, no ListId); the periodic reconciliation catches the change");
            }

            var list = ListMembershipPlanner.ReadList(run, listId.Value);
            return ListMembershipPlanner.PlanMembersChanged(listId.Value, list);
        }
    }
}
