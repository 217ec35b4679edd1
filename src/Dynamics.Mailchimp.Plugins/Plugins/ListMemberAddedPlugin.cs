using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues one member added to a synced marketing list (AddMember).</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: AddMember on list, PostOperation, synchronous. The message supports no images.</remarks>
    public sealed class ListMemberAddedPlugin : IPlugin
    {
        private readonly PluginSettings _settings;

        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMemberAddedPlugin()
            : this(null, null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration.</summary>
        public ListMemberAddedPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = PluginSettings.Parse(unsecureConfiguration, nameof(ListMemberAddedPlugin));
        }

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider) =>
            PluginRunner.Run(serviceProvider, nameof(ListMemberAddedPlugin), _settings, run =>
            {
                MemberProfiles.Require(run, TableNames.List);
                var listId = run.RequiredId(ParameterNames.ListId);
                var list = run.Service.Retrieve(TableNames.List, listId, new ColumnSet(ListMembershipPlanner.ListColumns));
                return ListMembershipPlanner.PlanAdd(listId, run.RequiredId(ParameterNames.EntityId), list);
            });
    }
}
