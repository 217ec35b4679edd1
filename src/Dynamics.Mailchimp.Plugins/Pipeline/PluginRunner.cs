using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Plugins.Queue;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>
    /// What every plug-in does around its planner: read the services, drop the connector's own echoes,
    /// plan, write the queue rows, trace, and turn failures into <see cref="InvalidPluginExecutionException"/>
    /// that name the record. Nothing is swallowed: a failure rolls the user's change back.
    /// </summary>
    public static class PluginRunner
    {
        /// <summary>Runs <paramref name="plan"/> for the plug-in <paramref name="pluginName"/>.</summary>
        /// <param name="serviceProvider">What the platform passes to <c>IPlugin.Execute</c>.</param>
        /// <param name="pluginName">The plug-in's type name, for traces and messages.</param>
        /// <param name="settings">The step's settings.</param>
        /// <param name="plan">The planner.</param>
        /// <param name="utcNow">The clock used only when the platform gives no operation time (see <see cref="EventTime"/>).</param>
        public static void Run(IServiceProvider serviceProvider, string pluginName, PluginSettings settings, Func<PluginRun, PlanOutcome> plan, Func<DateTime> utcNow)
        {
            if (serviceProvider == null)
            {
                throw new InvalidPluginExecutionException($"{pluginName}: no service provider.");
            }

            var context = Service<IPluginExecutionContext>(serviceProvider, pluginName);
            var tracing = Service<ITracingService>(serviceProvider, pluginName);
            var pluginEvent = PluginEvent.From(context, pluginName, EventTime.Of(context, utcNow));

            var echo = EchoSuppression.EchoReason(context, settings);
            if (echo != null)
            {
                tracing.Trace("{0}: skipped the {1}: {2}.", pluginName, pluginEvent.Describe(), echo);
                return;
            }

            try
            {
                var factory = Service<IOrganizationServiceFactory>(serviceProvider, pluginName);
                // As SYSTEM: the user making the change needs no privilege on the connector's queue table or list settings.
                var run = new PluginRun(context, factory.CreateOrganizationService(null), pluginEvent);
                var outcome = plan(run);
                if (outcome.Note != null)
                {
                    tracing.Trace("{0}: {1}.", pluginName, outcome.Note);
                }

                if (outcome.IsSkip)
                {
                    tracing.Trace("{0}: skipped the {1}: {2}.", pluginName, pluginEvent.Describe(), outcome.SkipReason);
                    return;
                }

                for (var index = 0; index < outcome.Items.Count; index++)
                {
                    run.Service.Create(QueueRowBuilder.Build(outcome.Items[index], pluginEvent, index));
                }

                tracing.Trace("{0}: queued {1} row(s) for the {2}.", pluginName, outcome.Items.Count, pluginEvent.Describe());
            }
            catch (InvalidPluginExecutionException)
            {
                throw;
            }
            catch (PluginInputException ex)
            {
                throw new InvalidPluginExecutionException(ex.Message, ex);
            }
            catch (Exception ex)
            {
                throw new InvalidPluginExecutionException($"{pluginName}: could not queue the {pluginEvent.Describe()} for Mailchimp: {ex.Message}", ex);
            }
        }

        private static T Service<T>(IServiceProvider serviceProvider, string pluginName)
            where T : class =>
            serviceProvider.GetService(typeof(T)) as T
            ?? throw new InvalidPluginExecutionException($"{pluginName}: the platform provided no {typeof(T).Name}.");
    }
}
