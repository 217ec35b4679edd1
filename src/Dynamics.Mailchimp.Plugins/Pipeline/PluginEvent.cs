using System;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>What the planners need to know about the event, read once from the context.</summary>
    public sealed class PluginEvent
    {
        /// <summary>Creates the event.</summary>
        public PluginEvent(string pluginName, string messageName, string entityName, Guid entityId, Guid correlationId, Guid initiatingUserId, DateTime utcNow)
        {
            PluginName = pluginName;
            MessageName = messageName;
            EntityName = entityName;
            EntityId = entityId;
            CorrelationId = correlationId;
            InitiatingUserId = initiatingUserId;
            UtcNow = utcNow;
        }

        /// <summary>The plug-in's type name.</summary>
        public string PluginName { get; }

        /// <summary>The SDK message.</summary>
        public string MessageName { get; }

        /// <summary>The primary table.</summary>
        public string EntityName { get; }

        /// <summary>The primary record's id.</summary>
        public Guid EntityId { get; }

        /// <summary>The platform correlation id.</summary>
        public Guid CorrelationId { get; }

        /// <summary>The user who made the change.</summary>
        public Guid InitiatingUserId { get; }

        /// <summary>When the operation happened (UTC, see <see cref="EventTime"/>); orders queue rows.</summary>
        public DateTime UtcNow { get; }

        /// <summary>"Update of contact 0000…": how messages name the record.</summary>
        public string Describe() => $"{MessageName} of {EntityName} {EntityId}";

        /// <summary>The event for <paramref name="context"/>.</summary>
        public static PluginEvent From(IPluginExecutionContext context, string pluginName, DateTime utcNow) =>
            new PluginEvent(pluginName, context.MessageName, context.PrimaryEntityName, context.PrimaryEntityId, context.CorrelationId, context.InitiatingUserId, utcNow);
    }
}
