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
    /// <remarks>
    /// Stateless apart from the settings read once in the constructor: the platform caches and shares instances.
    /// An invalid configuration does not fail the constructor (the platform would report only that the type could not be
    /// created); each execution fails instead, with a message that names the plug-in and the setting.
    /// </remarks>
    public abstract class QueuePlugin : IPlugin
    {
        private readonly PluginSettings? _settings;
        private readonly string? _configurationError;

        /// <summary>Reads the step's configuration.</summary>
        protected QueuePlugin(string? unsecureConfiguration)
        {
            try
            {
                _settings = PluginSettings.Parse(unsecureConfiguration, GetType().Name);
            }
            catch (InvalidPluginExecutionException ex)
            {
                _configurationError = ex.Message;
            }
        }

        /// <summary>The step's settings.</summary>
        /// <exception cref="InvalidPluginExecutionException">The step's configuration is invalid; the message names the setting.</exception>
        protected PluginSettings Settings => _settings ?? throw new InvalidPluginExecutionException(_configurationError);

        /// <inheritdoc />
        public void Execute(IServiceProvider serviceProvider) => PluginRunner.Run(serviceProvider, GetType().Name, Settings, Plan, SystemClock.UtcNow);

        /// <summary>
        /// Decides what the event queues; at most one read through <see cref="PluginRun.Service"/>, except the delete of
        /// a synced list, which pages through its members (bounded, see <see cref="ListDeletePlanner"/>).
        /// </summary>
        protected abstract PlanOutcome Plan(PluginRun run);
    }
}
