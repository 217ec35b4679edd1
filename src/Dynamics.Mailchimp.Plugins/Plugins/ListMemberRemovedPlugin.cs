using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues one member removed from a synced marketing list (RemoveMember).</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: RemoveMember on list, PostOperation, synchronous. The message supports no images.</remarks>
    public sealed class ListMemberRemovedPlugin : IPlugin
    {
        private readonly PluginSettings _settings;

        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMemberRemovedPlugin()
            : this(null, null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration.</summary>
        public ListMemberRemovedPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = PluginSettings.Parse(unsecureConfiguration, nameof(ListMemberRemovedPlugin));
        }

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider) =>
            PluginRunner.Run(serviceProvider, nameof(ListMemberRemovedPlugin), _settings, run =>
            {
                MemberProfiles.Require(run, TableNames.List);
                var listId = run.RequiredId(ParameterNames.ListId);
                var list = run.Service.Retrieve(TableNames.List, listId, new ColumnSet(ListMembershipPlanner.ListColumns));
                return ListMembershipPlanner.PlanRemove(listId, run.RequiredId(ParameterNames.EntityId), list);
            });
    }
}
