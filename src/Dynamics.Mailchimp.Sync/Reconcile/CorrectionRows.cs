using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Pipeline;
using Dynamics.Mailchimp.Plugins.Queue;
using Dynamics.Mailchimp.Sync.Model;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>
/// The queue rows that carry a drift's corrections through the normal engine, built by the plug-ins' own
/// <see cref="QueueRowBuilder"/> so they read exactly like rows the plug-ins write: records to join the list as
/// ListMembersAdded, records to leave it as ListMembersRemoved (chunks of <see cref="MembersPerRow"/>), and records
/// to send again as MemberChanged, or as one ListMembersChanged (the whole list re-evaluated) when they are many.
/// </summary>
public static class CorrectionRows
{
    /// <summary>Members per bulk row: half a push cycle's changes, so one row never makes a cycle much larger.</summary>
    public const int MembersPerRow = 5_000;

    /// <summary>Re-sends above this many become one ListMembersChanged row instead of a MemberChanged row each.</summary>
    public const int ResendsPerList = 1_000;

    /// <summary>The plug-in name the rows carry in their correlation (the job, not a plug-in, queued them).</summary>
    public const string Source = "dmc reconcile";

    /// <summary>The rows for <paramref name="drift"/>, in the order they should run: leaves, joins, re-sends.</summary>
    /// <param name="drift">The list's drift.</param>
    /// <param name="runId">The run, carried as the rows' correlation id.</param>
    /// <param name="utcNow">The job's clock, for the rows' sequence.</param>
    /// <returns>The rows' columns, as the Web API takes them.</returns>
    public static IReadOnlyList<JsonObject> For(ListDrift drift, Guid runId, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(drift);
        var list = drift.List;
        var items = new List<QueueItem>();
        items.AddRange(drift.ToLeave.Chunk(MembersPerRow).Select(chunk => QueueItem.ListMembersRemoved(list.ListId, list.MemberTable, Ids(chunk))));
        items.AddRange(drift.ToJoin.Chunk(MembersPerRow).Select(chunk => QueueItem.ListMembersAdded(list.ListId, list.MemberTable, Ids(chunk))));
        items.AddRange(drift.ToResend.Count > ResendsPerList
            ? [QueueItem.ListMembersChanged(list.ListId, list.MemberTable)]
            : drift.ToResend.Select(record => QueueItem.MemberChanged(record.Table, record.Id, null, null, [])));
        var pluginEvent = new PluginEvent(Source, "Reconcile", TableNames.List, list.ListId, runId, Guid.Empty, utcNow);
        return items.Select((item, index) => ToJson(QueueRowBuilder.Build(item, At(pluginEvent, index), index % QueueSequence.RowsPerEvent))).ToArray();
    }

    private static Guid[] Ids(RecordRef[] chunk) => chunk.Select(record => record.Id).ToArray();

    // An event numbers at most RowsPerEvent rows; later rows move to the next microseconds, keeping the order.
    private static PluginEvent At(PluginEvent first, int index) => index < QueueSequence.RowsPerEvent
        ? first
        : new PluginEvent(first.PluginName, first.MessageName, first.EntityName, first.EntityId, first.CorrelationId, first.InitiatingUserId, first.UtcNow.AddTicks(10L * (index / QueueSequence.RowsPerEvent)));

    private static JsonObject ToJson(Entity row)
    {
        var json = new JsonObject();
        foreach (var (column, value) in row.Attributes)
        {
            json[column] = value switch
            {
                OptionSetValue option => option.Value,
                string text => text,
                int number => number,
                long number => number,
                _ => throw new InvalidOperationException($"Queue column {column} has a value of type {value?.GetType().Name ?? "null"} the job cannot write."),
            };
        }

        return json;
    }
}
