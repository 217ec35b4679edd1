using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues the deletion of a synced marketing list. No reads: the pre-image says whether it was synced.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Delete on list, PreOperation, synchronous, with PreImage.</remarks>
    public sealed class ListDeletedPlugin : IPlugin
    {
        private readonly PluginSettings _settings;

        /// <summary>Creates the plug-in with default settings.</summary>
        public ListDeletedPlugin()
            : this(null, null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration.</summary>
        public ListDeletedPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = PluginSettings.Parse(unsecureConfiguration, nameof(ListDeletedPlugin));
        }

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider) =>
            PluginRunner.Run(serviceProvider, nameof(ListDeletedPlugin), _settings, run =>
            {
                MemberProfiles.Require(run, TableNames.List);
                return ListChangePlanner.PlanDelete(run.TargetReference(TableNames.List), run.PreImage);
            });
    }
}
