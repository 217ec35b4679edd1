using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

/// <summary>A member's tags: <c>GET/POST /lists/{list_id}/members/{subscriber_hash}/tags</c>.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-member-tags/</remarks>
internal sealed class MemberTags(StoreContext context, MemberStore members, TagStore tags)
{
    public JsonObject GetMemberTags(string listId, string hashOrEmail, Paging paging)
    {
        lock (context.Gate)
        {
            var member = members.MemberLocked(listId, hashOrEmail);
            var found = tags.TagsOfLocked(listId, member.ContactId);
            var items = found.Select(t => (JsonNode)new JsonObject { ["id"] = t.Segment.Id, ["name"] = t.Segment.Name, ["date_added"] = Timestamps.Write(t.Added) });
            return paging.Collection("tags", items, found.Count);
        }
    }

    /// <summary>
    /// Applies <c>{tags:[{name,status}]}</c>; an unknown name set active is created. A change moves the member's
    /// <c>last_changed</c>; a request that changes nothing does not (both recorded in grouparoo/grouparoo exportRecord.js).
    /// </summary>
    public void SetMemberTags(string listId, string hashOrEmail, IEnumerable<(string Name, bool Active)> changes)
    {
        lock (context.Gate)
        {
            var member = members.MemberLocked(listId, hashOrEmail);
            var now = context.Now();
            var changed = false;
            foreach (var (name, active) in changes)
            {
                changed |= tags.TagLocked(listId, member.ContactId, name, active, now);
            }

            if (changed)
            {
                member.LastChanged = now;
            }
        }
    }
}
