using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

/// <summary>Static segments, which are also how Mailchimp stores tags, per audience; members are named by <c>contact_id</c>.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-segments/ and https://mailchimp.com/developer/marketing/api/list-tags/</remarks>
internal sealed class TagStore(StoreContext context)
{
    private readonly Dictionary<string, List<SegmentRecord>> _segments = new(StringComparer.Ordinal);

    /// <summary>Drops every segment; called under the lock by a reset.</summary>
    public void ResetLocked(IEnumerable<string> listIds)
    {
        _segments.Clear();
        foreach (var listId in listIds)
        {
            _segments[listId] = [];
        }
    }

    public JsonObject ListSegments(string listId, string? type, Paging paging)
    {
        lock (context.Gate)
        {
            var segments = SegmentsLocked(listId);
            var matches = type is null or "static" ? segments : [];
            var json = paging.Collection("segments", matches.Select(s => (JsonNode)DefinitionJson.Segment(listId, s)), matches.Count);
            json["list_id"] = listId;
            return json;
        }
    }

    public JsonObject GetSegment(string listId, long segmentId)
    {
        lock (context.Gate)
        {
            return DefinitionJson.Segment(listId, SegmentLocked(listId, segmentId));
        }
    }

    public JsonObject SearchTags(string listId, string? prefix)
    {
        lock (context.Gate)
        {
            var matches = SegmentsLocked(listId)
                .Where(s => string.IsNullOrEmpty(prefix) || s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["name"] = s.Name })
                .ToList();
            return new JsonObject { ["tags"] = new JsonArray([.. matches]), ["total_items"] = matches.Count };
        }
    }

    /// <summary>Creates an empty static segment; a name already used (any case) is refused.</summary>
    public SegmentRecord CreateLocked(string listId, string name, DateTimeOffset now)
    {
        var segments = SegmentsLocked(listId);
        if (segments.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new InvalidResourceException($"Sorry, that tag already exists: {name}.", "name", "Must be unique.");
        }

        var segment = new SegmentRecord { Id = context.Next(), Name = name, CreatedAt = now, UpdatedAt = now };
        segments.Add(segment);
        return segment;
    }

    public SegmentRecord SegmentLocked(string listId, long segmentId) =>
        SegmentsLocked(listId).FirstOrDefault(s => s.Id == segmentId) ?? throw new ResourceNotFoundException($"segment {segmentId} of list {listId}");

    /// <summary>The tags of a member with the time each was added, in segment order.</summary>
    public List<(SegmentRecord Segment, DateTimeOffset Added)> TagsOfLocked(string listId, string contactId) =>
        [.. SegmentsLocked(listId).Where(s => s.Members.ContainsKey(contactId)).Select(s => (s, s.Members[contactId]))];

    /// <summary>Adds or removes one tag; an unknown name set active is created. Returns whether anything changed.</summary>
    public bool TagLocked(string listId, string contactId, string name, bool active, DateTimeOffset now)
    {
        var segments = SegmentsLocked(listId);
        var segment = segments.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        if (segment is null)
        {
            if (!active)
            {
                return false;
            }

            segment = new SegmentRecord { Id = context.Next(), Name = name, CreatedAt = now, UpdatedAt = now };
            segments.Add(segment);
        }

        var changed = active ? segment.Members.TryAdd(contactId, now) : segment.Members.Remove(contactId);
        if (changed)
        {
            segment.UpdatedAt = now;
        }

        return changed;
    }

    /// <summary>Removes the member from every segment (permanent delete).</summary>
    public void ForgetLocked(string listId, string contactId)
    {
        foreach (var segment in SegmentsLocked(listId))
        {
            segment.Members.Remove(contactId);
        }
    }

    private List<SegmentRecord> SegmentsLocked(string listId) =>
        _segments.TryGetValue(listId, out var segments) ? segments : throw new ResourceNotFoundException($"list {listId}");
}
