using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues a change to a synced contact, lead or account: email, names, consent, status or a mapped column.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Update, PostOperation, synchronous, filtered on the synced columns, with PreImage and PostImage.</remarks>
    public sealed class MemberUpdatedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public MemberUpdatedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public MemberUpdatedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            var profile = MemberProfiles.Of(run);
            var target = run.TargetEntity(profile.Table);
            var outcome = MemberChangePlanner.PlanUpdate(profile, target, run.PreImage, run.PostImage, Settings.Columns);
            return outcome.IsSkip || SyncedListQuery.IsInSyncedList(run.Service, profile, target.Id)
                ? outcome
                : PlanOutcome.Skip($"{profile.Table} {target.Id} is in no synced list");
        }
    }
}
