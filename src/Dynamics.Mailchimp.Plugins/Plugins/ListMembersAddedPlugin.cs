using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues members added in bulk to a synced marketing list (AddListMembers), packed into as few rows as the column allows.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: AddListMembers on list, PostOperation, synchronous. The message supports no images.</remarks>
    public sealed class ListMembersAddedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMembersAddedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListMembersAddedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            var input = BulkMembershipInput.Read(run);
            return ListMembershipPlanner.PlanAddMany(input.ListId, input.MemberIds, input.List);
        }
    }
}
