using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Configuration
{
    /// <summary>A step's unsecure configuration: <c>Key=value;Key=value</c>.</summary>
    /// <remarks>Keys: <c>EchoTag</c>, <c>ConnectorUserIds</c>, <c>Columns</c> (see PluginRegistration/README.md).</remarks>
    public sealed class PluginSettings
    {
        /// <summary>The tag the sync job sends when none is configured.</summary>
        public const string DefaultEchoTag = "dmc-sync";

        private PluginSettings(string echoTag, IReadOnlyCollection<Guid> connectorUserIds, IReadOnlyList<string> columns)
        {
            EchoTag = echoTag;
            ConnectorUserIds = connectorUserIds;
            Columns = columns;
        }

        /// <summary>Changes carrying this Web API tag are the connector's own and are not queued.</summary>
        /// <value><c>dmc-sync</c>.</value>
        public string EchoTag { get; }

        /// <summary>Changes by these users are the connector's own and are not queued.</summary>
        /// <value>None.</value>
        public IReadOnlyCollection<Guid> ConnectorUserIds { get; }

        /// <summary>Extra columns mapped to merge fields.</summary>
        /// <value>None.</value>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>Parses <paramref name="unsecureConfiguration"/> for <paramref name="pluginName"/>.</summary>
        /// <exception cref="InvalidPluginExecutionException">An unknown key, a line without '=', an empty EchoTag, or an id that is not a GUID.</exception>
        public static PluginSettings Parse(string? unsecureConfiguration, string pluginName)
        {
            var echoTag = DefaultEchoTag;
            var users = new List<Guid>();
            var columns = new List<string>();
            foreach (var part in (unsecureConfiguration ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var pair = part.Split(new[] { '=' }, 2);
                if (pair.Length != 2)
                {
                    throw Invalid(pluginName, $"'{part.Trim()}' is not Key=value");
                }

                var key = pair[0].Trim();
                var values = pair[1].Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0);
                switch (key)
                {
                    case "EchoTag":
                        echoTag = pair[1].Trim();
                        if (echoTag.Length == 0)
                        {
                            throw Invalid(pluginName, "EchoTag has no value (leave the key out for the default 'dmc-sync')");
                        }

                        break;
                    case "ConnectorUserIds":
                        users.AddRange(values.Select(v => ParseUserId(v, pluginName)));
                        break;
                    case "Columns":
                        columns.AddRange(values.Select(v => v.ToLowerInvariant()));
                        break;
                    default:
                        throw Invalid(pluginName, $"unknown key '{key}' (known: EchoTag, ConnectorUserIds, Columns)");
                }
            }

            return new PluginSettings(echoTag, Array.AsReadOnly(users.Distinct().ToArray()), Array.AsReadOnly(columns.Distinct(StringComparer.Ordinal).ToArray()));
        }

        private static Guid ParseUserId(string value, string pluginName) =>
            Guid.TryParse(value, out var id) ? id : throw Invalid(pluginName, $"ConnectorUserIds value '{value}' is not a GUID");

        private static InvalidPluginExecutionException Invalid(string pluginName, string problem) =>
            new InvalidPluginExecutionException($"{pluginName}: the step's unsecure configuration is invalid: {problem}.");
    }
}
