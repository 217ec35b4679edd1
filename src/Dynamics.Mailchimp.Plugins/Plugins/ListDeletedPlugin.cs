using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues the deletion of a synced marketing list. No reads: the pre-image says whether it was synced.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Delete on list, PreOperation, synchronous, with PreImage.</remarks>
    public sealed class ListDeletedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListDeletedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListDeletedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            MemberProfiles.Require(run, TableNames.List);
            return ListChangePlanner.PlanDelete(run.TargetReference(TableNames.List), run.PreImage);
        }
    }
}
