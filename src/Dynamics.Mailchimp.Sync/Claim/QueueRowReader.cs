using System.Globalization;
using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Reads a <c>dmc_syncqueueitem</c> row of the Web API as a <see cref="QueueRow"/>, or says why it cannot.</summary>
public static class QueueRowReader
{
    /// <summary>The columns the reader needs.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        QueueItemFields.QueueItemId, QueueItemFields.Kind, QueueItemFields.TargetTable, QueueItemFields.TargetId,
        QueueItemFields.ListId, QueueItemFields.Email, QueueItemFields.PreviousEmail, QueueItemFields.ChangedColumns,
        QueueItemFields.MemberIds, QueueItemFields.Sequence, QueueItemFields.Attempts, QueueItemFields.Payload,
    ];

    /// <summary>Where a row stands in the queue, whether or not it can be read as a <see cref="QueueRow"/>.</summary>
    /// <param name="json">One row.</param>
    /// <returns>Its id (<see cref="Guid.Empty"/> when unreadable) and its sequence, if it has one.</returns>
    public static (Guid Id, long? Sequence) Position(JsonElement json) =>
        (Guid.TryParse(Text(json, QueueItemFields.QueueItemId), out var id) ? id : Guid.Empty, Number(json, QueueItemFields.Sequence));

    /// <summary>Reads <paramref name="json"/>.</summary>
    /// <param name="json">One row.</param>
    /// <param name="row">The row, when readable.</param>
    /// <param name="failure">A Failed outcome naming the row and the column, when not.</param>
    /// <returns>Whether the row was read.</returns>
    public static bool TryRead(JsonElement json, out QueueRow? row, out RowOutcome? failure)
    {
        row = null;
        failure = null;
        var (id, sequence) = Position(json);
        string? problem = null;
        var kindValue = Number(json, QueueItemFields.Kind);
        var kind = default(QueueRowKind);
        var targetTable = Text(json, QueueItemFields.TargetTable);
        Guid? targetId = null;
        Guid? listId = null;
        IReadOnlyList<Guid> members = [];
        DeletedList? deleted = null;
        if (kindValue is null || !QueueRowKinds.TryFromOptionValue((int)kindValue.Value, out kind))
        {
            problem = $"{QueueItemFields.Kind} {kindValue?.ToString(CultureInfo.InvariantCulture) ?? "(empty)"} is not a kind the plug-ins write";
        }
        else if (string.IsNullOrWhiteSpace(targetTable))
        {
            problem = $"{QueueItemFields.TargetTable} is empty";
        }
        else if (sequence is null)
        {
            problem = $"{QueueItemFields.Sequence} is empty";
        }
        else if (!TryGuid(json, QueueItemFields.TargetId, out targetId) || !TryGuid(json, QueueItemFields.ListId, out listId))
        {
            problem = $"{QueueItemFields.TargetId} or {QueueItemFields.ListId} is not a GUID";
        }
        else if (!TryGuids(Text(json, QueueItemFields.MemberIds), out members))
        {
            problem = $"{QueueItemFields.MemberIds} holds a value that is not a GUID";
        }
        else if (kind == QueueRowKind.ListDeleted && Text(json, QueueItemFields.Payload) is { Length: > 0 } payload
            && (listId is not { } deletedId || !DeletedListPayloadReader.TryRead(payload, deletedId, targetTable!, out deleted)))
        {
            problem = $"{QueueItemFields.Payload} is not the JSON of a deleted list, or the row names no list";
        }

        if (problem is not null || id == Guid.Empty)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"queue row {id:D} cannot be read: {problem ?? "no row id"}.");
            failure = new RowOutcome(id, RowOutcomeKind.Failed, new SkipReason(SkipCode.UnreadableRow, text));
            return false;
        }

        row = new QueueRow
        {
            Id = id,
            Kind = kind,
            TargetTable = targetTable!,
            TargetId = targetId,
            ListId = listId,
            Email = Text(json, QueueItemFields.Email),
            PreviousEmail = Text(json, QueueItemFields.PreviousEmail),
            ChangedColumns = Split(Text(json, QueueItemFields.ChangedColumns)),
            MemberIds = members,
            DeletedList = deleted,
            Sequence = sequence!.Value,
            Attempts = (int)(Number(json, QueueItemFields.Attempts) ?? 0),
        };
        return true;
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static long? Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : null;

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool TryGuid(JsonElement json, string name, out Guid? id)
    {
        id = null;
        var text = Text(json, name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var ok = Guid.TryParse(text, out var parsed);
        id = ok ? parsed : null;
        return ok;
    }

    private static bool TryGuids(string? text, out IReadOnlyList<Guid> ids)
    {
        var parts = Split(text);
        var parsed = new List<Guid>(parts.Length);
        foreach (var part in parts)
        {
            if (!Guid.TryParse(part, out var id))
            {
                ids = [];
                return false;
            }

            parsed.Add(id);
        }

        ids = parsed;
        return true;
    }
}
