using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>
    /// Queues the deletion of a synced marketing list with its mapping (from the pre-image) and its former members, read
    /// while the memberships still exist (PreOperation); nothing is read for an unsynced list. The read is bounded and never
    /// fails the delete: a list it cannot capture is queued with the reason, and the job removes nobody for it.
    /// </summary>
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
            var target = run.TargetReference(TableNames.List);
            return ListDeletePlanner.PlanDelete(target, run.PreImage, () => DeletedListMembersQuery.Read(run.Service, target.Id, ListDeletePlanner.MaxCapturedMembers));
        }
    }
}
