using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>
    /// Queues one member removed by deleting its <c>listmember</c> row directly (<c>DELETE /listmembers(id)</c>), which runs
    /// Delete on listmember rather than RemoveMember. The pre-image names the list and the member.
    /// </summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Delete on listmember, PreOperation, synchronous, pre-image listid and entityid.</remarks>
    public sealed class ListMemberDeletedPlugin : QueuePlugin
    {
        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMemberDeletedPlugin()
            : base(null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration (the secure configuration is not used).</summary>
        public ListMemberDeletedPlugin(string? unsecureConfiguration, string? secureConfiguration)
            : base(unsecureConfiguration)
        {
        }

        /// <inheritdoc />
        protected override PlanOutcome Plan(PluginRun run)
        {
            var target = run.TargetReference(TableNames.ListMember);
            var image = run.PreImage ?? throw new PluginInputException($"{run.Event.PluginName}: the {run.Event.Describe()} has no '{ParameterNames.PreImage}' with the list and the member.");
            var listId = Lookup(run, image, ListMemberFields.ListId, target);
            var memberId = Lookup(run, image, ListMemberFields.EntityId, target);
            var list = ListMembershipPlanner.ReadList(run, listId);
            return ListMembershipPlanner.PlanRemove(listId, memberId, list);
        }

        private static System.Guid Lookup(PluginRun run, Entity image, string column, EntityReference target) =>
            image.GetAttributeValue<EntityReference>(column)?.Id
            ?? throw new PluginInputException($"{run.Event.PluginName}: the pre-image of listmember {target.Id} has no '{column}'.");
    }
}
