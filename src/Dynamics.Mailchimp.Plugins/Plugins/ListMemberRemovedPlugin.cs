using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues one member removed from a synced marketing list (RemoveMember).</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: RemoveMember on list, PostOperation, synchronous. The message supports no images.</remarks>
    public sealed class ListMemberRemovedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMemberRemovedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListMemberRemovedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            MemberProfiles.Require(run, TableNames.List);
            var listId = run.RequiredId(ParameterNames.ListId);
            var list = ListMembershipPlanner.ReadList(run, listId);
            return ListMembershipPlanner.PlanRemove(listId, run.RequiredId(ParameterNames.EntityId), list);
        }
    }
}
