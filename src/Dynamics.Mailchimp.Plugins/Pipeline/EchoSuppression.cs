using System;
using Dynamics.Mailchimp.Plugins.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Pipeline
{
    /// <summary>
    /// Recognises the connector's own writes by caller identity or by the Web API tag, never by Depth
    /// (Microsoft: "Do not take any dependency on the Depth property").
    /// </summary>
    public static class EchoSuppression
    {
        /// <summary>Why the change is the connector's own, or null when it is not.</summary>
        public static string? EchoReason(IPluginExecutionContext context, PluginSettings settings)
        {
            foreach (var user in settings.ConnectorUserIds)
            {
                if (context.UserId == user || context.InitiatingUserId == user)
                {
                    return $"made by the connector's user {user}";
                }
            }

            for (var current = context; current != null; current = current.ParentContext)
            {
                if (current.SharedVariables != null
                    && current.SharedVariables.TryGetValue(ParameterNames.Tag, out string? tag)
                    && string.Equals(tag, settings.EchoTag, StringComparison.OrdinalIgnoreCase))
                {
                    return $"tagged '{tag}' by the sync job";
                }
            }

            return null;
        }
    }
}
