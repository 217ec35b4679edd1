using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Member reads and member tags.</summary>
internal sealed partial class SandboxStore
{
    public JsonObject GetMember(string listId, string hashOrEmail)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            return MemberJson.Build(audience, Member(audience, hashOrEmail));
        }
    }

    public JsonObject ListMembers(string listId, MemberQuery query, Paging paging)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var matches = query.Apply(audience.Members.Values).ToList();
            var json = paging.Collection("members", matches.Select(m => (JsonNode)MemberJson.Build(audience, m)), matches.Count);
            json["list_id"] = audience.Id;
            return json;
        }
    }

    public JsonObject GetMemberTags(string listId, string hashOrEmail, Paging paging)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var tags = MemberJson.TagsOf(audience, Member(audience, hashOrEmail));
            var items = tags.Select(t => (JsonNode)new JsonObject { ["id"] = t.Segment.Id, ["name"] = t.Segment.Name, ["date_added"] = Timestamps.Write(t.Added) });
            return paging.Collection("tags", items, tags.Count);
        }
    }

    /// <summary>Applies <c>{tags:[{name,status}]}</c>; an unknown name set active is created. Tag changes do not bump <c>last_changed</c>.</summary>
    public void SetMemberTags(string listId, string hashOrEmail, IEnumerable<(string Name, bool Active)> tags)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var member = Member(audience, hashOrEmail);
            var now = Now();
            foreach (var (name, active) in tags)
            {
                TagLocked(audience, member, name, active, now);
            }
        }
    }

    private void TagLocked(AudienceState audience, MemberRecord member, string name, bool active, DateTimeOffset now)
    {
        var segment = audience.Segments.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));
        if (segment is null)
        {
            if (!active)
            {
                return;
            }

            segment = new SegmentRecord { Id = Next(), Name = name, CreatedAt = now, UpdatedAt = now };
            audience.Segments.Add(segment);
        }

        var changed = active ? segment.Members.TryAdd(member.UniqueEmailId, now) : segment.Members.Remove(member.UniqueEmailId);
        if (changed)
        {
            segment.UpdatedAt = now;
        }
    }
}
