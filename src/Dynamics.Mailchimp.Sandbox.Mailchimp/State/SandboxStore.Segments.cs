using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Static segments (tags): list, create, read, bulk add/remove, tag search.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-segments/</remarks>
internal sealed partial class SandboxStore
{
    public JsonObject ListSegments(string listId, string? type, Paging paging)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var matches = type is null or "static" ? audience.Segments : [];
            var json = paging.Collection("segments", matches.Select(s => (JsonNode)DefinitionJson.Segment(audience.Id, s)), matches.Count);
            json["list_id"] = audience.Id;
            return json;
        }
    }

    public JsonObject CreateStaticSegment(string listId, string name, IReadOnlyList<string> emails)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            if (audience.Segments.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                throw new InvalidResourceException($"Sorry, that tag already exists: {name}.", "name", "Must be unique.");
            }

            var now = Now();
            var segment = new SegmentRecord { Id = Next(), Name = name, CreatedAt = now, UpdatedAt = now };
            foreach (var member in emails.Select(e => audience.Members.GetValueOrDefault(SubscriberHash.Of(e))).OfType<MemberRecord>())
            {
                segment.Members.TryAdd(member.UniqueEmailId, now);
            }

            audience.Segments.Add(segment);
            return DefinitionJson.Segment(audience.Id, segment);
        }
    }

    public JsonObject GetSegment(string listId, long segmentId)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            return DefinitionJson.Segment(audience.Id, Segment(audience, segmentId));
        }
    }

    public JsonObject SearchTags(string listId, string? prefix)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var matches = audience.Segments
                .Where(s => string.IsNullOrEmpty(prefix) || s.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(s => (JsonNode)new JsonObject { ["id"] = s.Id, ["name"] = s.Name })
                .ToList();
            return new JsonObject { ["tags"] = new JsonArray([.. matches]), ["total_items"] = matches.Count };
        }
    }

    private static SegmentRecord Segment(AudienceState audience, long segmentId) =>
        audience.Segments.FirstOrDefault(s => s.Id == segmentId) ?? throw new ResourceNotFoundException($"segment {segmentId} of list {audience.Id}");
}
