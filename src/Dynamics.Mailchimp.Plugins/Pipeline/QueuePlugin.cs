using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Planning;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>
    /// The shape every connector plug-in shares: settings from the step's unsecure configuration, and one
    /// <see cref="Plan"/> that decides what to queue. <see cref="PluginRunner"/> does the rest.
    /// </summary>
    /// <remarks>Stateless apart from the settings read once in the constructor: the platform caches and shares instances.</remarks>
    public abstract class QueuePlugin : IPlugin
    {
        /// <summary>Reads the step's configuration.</summary>
        protected QueuePlugin(string? unsecureConfiguration)
        {
            Settings = PluginSettings.Parse(unsecureConfiguration, GetType().Name);
        }

        /// <summary>The step's settings.</summary>
        protected PluginSettings Settings { get; }

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider) => PluginRunner.Run(serviceProvider, GetType().Name, Settings, Plan);

        /// <summary>Decides what the event queues; at most one read through <see cref="PluginRun.Service"/>.</summary>
        protected abstract PlanOutcome Plan(PluginRun run);
    }
}
