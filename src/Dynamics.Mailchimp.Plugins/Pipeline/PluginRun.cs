using System;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>One plug-in execution: the context, the organization service and typed access to the inputs.</summary>
    public sealed class PluginRun
    {
        /// <summary>Creates the run.</summary>
        public PluginRun(IPluginExecutionContext context, IOrganizationService service, PluginEvent pluginEvent)
        {
            Context = context;
            Service = service;
            Event = pluginEvent;
        }

        /// <summary>The execution context.</summary>
        public IPluginExecutionContext Context { get; }

        /// <summary>The organization service, acting as SYSTEM (the platform's elevated service for plug-ins).</summary>
        public IOrganizationService Service { get; }

        /// <summary>The event, for messages and queue rows.</summary>
        public PluginEvent Event { get; }

        /// <summary>The required input parameter <paramref name="name"/> as <typeparamref name="T"/>.</summary>
        /// <exception cref="PluginInputException">Missing, null or of another type; the message names the record.</exception>
        public T Input<T>(string name)
        {
            if (!Context.InputParameters.TryGetValue(name, out object value) || value == null)
            {
                throw new PluginInputException($"{Event.PluginName}: the {Event.Describe()} has no '{name}' input parameter.");
            }

            if (value is T typed)
            {
                return typed;
            }

            throw new PluginInputException($"{Event.PluginName}: the {Event.Describe()} has a '{name}' of type {value.GetType().Name}, not {typeof(T).Name}.");
        }

        /// <summary>The required <c>Target</c>, checked to be of <paramref name="table"/>.</summary>
        public Entity TargetEntity(string table)
        {
            var target = Input<Entity>(ParameterNames.Target);
            CheckTable(target.LogicalName, table, target.Id);
            return target;
        }

        /// <summary>The required <c>Target</c> reference (Delete), checked to be of <paramref name="table"/>.</summary>
        public EntityReference TargetReference(string table)
        {
            var target = Input<EntityReference>(ParameterNames.Target);
            CheckTable(target.LogicalName, table, target.Id);
            return target;
        }

        /// <summary>A required, non-empty GUID parameter such as <c>ListId</c>.</summary>
        public Guid RequiredId(string name)
        {
            var id = Input<Guid>(name);
            return id != Guid.Empty ? id : throw new PluginInputException($"{Event.PluginName}: the {Event.Describe()} has an empty '{name}'.");
        }

        /// <summary>
        /// The context's primary record id, or else the optional GUID input <paramref name="name"/>; null when neither is set
        /// (for messages whose inputs are not documented).
        /// </summary>
        public Guid? PrimaryOrInputId(string name)
        {
            if (Context.PrimaryEntityId != Guid.Empty)
            {
                return Context.PrimaryEntityId;
            }

            return Context.InputParameters.TryGetValue(name, out object value) && value is Guid id && id != Guid.Empty ? id : (Guid?)null;
        }

        /// <summary>The pre-image, or null when the step has none.</summary>
        public Entity? PreImage => Image(Context.PreEntityImages, ParameterNames.PreImage);

        /// <summary>The post-image, or null when the step has none.</summary>
        public Entity? PostImage => Image(Context.PostEntityImages, ParameterNames.PostImage);

        private static Entity? Image(EntityImageCollection? images, string alias) =>
            images != null && images.TryGetValue(alias, out Entity image) ? image : null;

        private void CheckTable(string actual, string expected, Guid id)
        {
            if (!string.Equals(actual, expected, StringComparison.Ordinal))
            {
                throw new PluginInputException($"{Event.PluginName}: the {Event.Describe()} has a Target of table '{actual}' ({id}), expected '{expected}'.");
            }
        }
    }
}
