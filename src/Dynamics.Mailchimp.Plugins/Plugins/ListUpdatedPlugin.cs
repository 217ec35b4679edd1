using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins
{
    /// <summary>Queues a change to a marketing list's sync settings or status. No reads: images only.</summary>
    /// <remarks>Registered in PluginRegistration/plugin-steps.json: Update on list, PostOperation, synchronous, filtered on the sync columns, with PreImage and PostImage.</remarks>
    public sealed class ListUpdatedPlugin : IPlugin
    {
        private readonly PluginSettings _settings;

        /// <summary>Creates the plug-in with default settings.</summary>
        public ListUpdatedPlugin()
            : this(null, null)
        {
        }

        /// <summary>Creates the plug-in with the step's configuration.</summary>
        public ListUpdatedPlugin(string? unsecureConfiguration, string? secureConfiguration)
        {
            _settings = PluginSettings.Parse(unsecureConfiguration, nameof(ListUpdatedPlugin));
        }

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider) =>
            PluginRunner.Run(serviceProvider, nameof(ListUpdatedPlugin), _settings, run =>
            {
                MemberProfiles.Require(run, TableNames.List);
                return ListChangePlanner.PlanUpdate(run.TargetEntity(TableNames.List), run.PreImage, run.PostImage);
            });
    }
}
