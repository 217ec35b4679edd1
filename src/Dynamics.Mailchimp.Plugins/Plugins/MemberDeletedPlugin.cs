using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues the removal from Mailchimp of a deleted contact, lead or account that was in a synced list.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Delete, PreOperation (memberships still exist), synchronous, with PreImage.</remarks>
    public sealed class MemberDeletedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public MemberDeletedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public MemberDeletedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            var profile = MemberProfiles.Of(run);
            var target = run.TargetReference(profile.Table);
            var outcome = MemberChangePlanner.PlanDelete(profile, target, run.PreImage);
            return outcome.IsSkip || SyncedListQuery.IsInSyncedList(run.Service, profile, target.Id)
                ? outcome
                : PlanOutcome.Skip($"{profile.Table} {target.Id} was in no synced list");
        }
    }
}
