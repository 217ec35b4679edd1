using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues a change to a marketing list's sync settings or status. No reads: images only.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Update on list, PostOperation, synchronous, filtered on the sync columns, with PreImage and PostImage.</remarks>
    public sealed class ListUpdatedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListUpdatedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListUpdatedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            MemberProfiles.Require(run, TableNames.List);
            return ListChangePlanner.PlanUpdate(run.TargetEntity(TableNames.List), run.PreImage, run.PostImage);
        }
    }
}
