using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues members added in bulk to a synced marketing list (AddListMembers), packed into as few rows as the column allows.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: AddListMembers on list, PostOperation, synchronous. The message supports no images.</remarks>
    public sealed class ListMembersAddedPlugin : IPlugin
    {
        private readonly PluginSettings _settings;

        /// <summary>Creates the plug-in with default settings.</summary>
        public ListMembersAddedPlugin()
            : this(null, null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration.</summary>
        public ListMembersAddedPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = PluginSettings.Parse(unsecureConfiguration, nameof(ListMembersAddedPlugin));
        }

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider) =>
            PluginRunner.Run(serviceProvider, nameof(ListMembersAddedPlugin), _settings, run =>
            {
                MemberProfiles.Require(run, TableNames.List);
                var listId = run.RequiredId(ParameterNames.ListId);
                var memberIds = run.Input<Guid[]>(ParameterNames.MemberIds);
                var list = run.Service.Retrieve(TableNames.List, listId, new ColumnSet(ListMembershipPlanner.ListColumns));
                return ListMembershipPlanner.PlanAddMany(listId, memberIds, list);
            });
    }
}
