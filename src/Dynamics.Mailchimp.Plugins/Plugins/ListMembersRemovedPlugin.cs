using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>
    /// Queues members removed in bulk from a synced marketing list (RemoveListMembers: the model-driven UI's "Remove from
    /// marketing list" sends the Web API action RemoveListMembersList), packed into as few rows as the column allows.
    /// </summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: RemoveListMembers on list, PostOperation, synchronous. The message supports no images.</remarks>
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
            var input = BulkMembershipInput.Read(run);
            return ListMembershipPlanner.PlanRemoveMany(input.ListId, input.MemberIds, input.List);
        }
    }
}
