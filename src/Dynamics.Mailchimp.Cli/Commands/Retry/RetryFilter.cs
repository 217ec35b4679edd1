using System.Globalization;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Cli.Commands.Retry;

/// <summary>Which Failed rows <c>retry</c> puts back: all of them, or those whose error contains a text, or of one kind.</summary>
/// <param name="Match">Text the last error must contain, or null.</param>
/// <param name="Kind">The kind, or null.</param>
public sealed record RetryFilter(string? Match, QueueRowKind? Kind)
{
    /// <summary>The <c>$filter</c>: Failed rows, and the conditions given.</summary>
    /// <returns>The OData filter.</returns>
    public string ToODataFilter()
    {
        var conditions = new List<string> { string.Create(CultureInfo.InvariantCulture, $"{QueueItemFields.State} eq {QueueItemStates.Failed}") };
        if (!string.IsNullOrEmpty(Match))
        {
            conditions.Add($"contains({QueueItemFields.LastError},'{Match.Replace("'", "''", StringComparison.Ordinal)}')");
        }

        if (Kind is { } kind)
        {
            conditions.Add(string.Create(CultureInfo.InvariantCulture, $"{QueueItemFields.Kind} eq {QueueRowKinds.ToOptionValue(kind)}"));
        }

        return string.Join(" and ", conditions);
    }
}
