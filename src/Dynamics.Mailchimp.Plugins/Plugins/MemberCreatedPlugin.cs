using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues a new contact, lead or account that has an email and may match a synced dynamic list.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Create, PostOperation, synchronous, on contact, lead and account.</remarks>
    public sealed class MemberCreatedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public MemberCreatedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public MemberCreatedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            var profile = MemberProfiles.Of(run);
            var target = run.TargetEntity(profile.Table);
            var outcome = MemberChangePlanner.PlanCreate(profile, target, Settings.Columns);
            return outcome.IsSkip || SyncedListQuery.IsInSyncedList(run.Service, profile, target.Id)
                ? outcome
                : PlanOutcome.Skip($"no synced dynamic list targets {profile.Table}");
        }
    }
}
