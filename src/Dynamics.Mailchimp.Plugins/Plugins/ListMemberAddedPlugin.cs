using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues one member added to a synced marketing list (AddMember).</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: AddMember on list, PostOperation, synchronous. The message supports no images.</remarks>
    public sealed class ListMemberAddedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMemberAddedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListMemberAddedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            MemberProfiles.Require(run, TableNames.List);
            var listId = run.RequiredId(ParameterNames.ListId);
            var list = ListMembershipPlanner.ReadList(run, listId);
            return ListMembershipPlanner.PlanAdd(listId, run.RequiredId(ParameterNames.EntityId), list);
        }
    }
}
