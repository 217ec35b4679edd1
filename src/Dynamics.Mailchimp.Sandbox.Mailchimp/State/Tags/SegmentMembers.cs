using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

/// <summary>Static segments created with members, and bulk add/remove of segment members (at most 500 each way).</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-segments/batch-add-or-remove-members/</remarks>
internal sealed class SegmentMembers(StoreContext context, MemberStore members, TagStore tags)
{
    public const int MaxSegmentBulk = 500;

    /// <summary>Creates a static segment; addresses not on the list are ignored.</summary>
    public JsonObject CreateStaticSegment(string listId, string name, IReadOnlyList<string> emails)
    {
        lock (context.Gate)
        {
            var book = members.BookLocked(listId);
            var now = context.Now();
            var segment = tags.CreateLocked(listId, name, now);
            foreach (var member in emails.Select(e => book.ByHash.GetValueOrDefault(SubscriberHash.Of(e))).OfType<MemberRecord>())
            {
                segment.Members.TryAdd(member.ContactId, now);
            }

            return DefinitionJson.Segment(listId, segment);
        }
    }

    /// <summary>Bulk add/remove; addresses not on the list are ignored (as documented), fake addresses are reported in <c>errors</c>.</summary>
    public JsonObject AddRemove(string listId, long segmentId, IReadOnlyList<string> toAdd, IReadOnlyList<string> toRemove)
    {
        if (toAdd.Count > MaxSegmentBulk || toRemove.Count > MaxSegmentBulk)
        {
            var field = toAdd.Count > MaxSegmentBulk ? "members_to_add" : "members_to_remove";
            throw new InvalidResourceException($"The {field} array may hold at most {MaxSegmentBulk} addresses.", field, $"Must contain at most {MaxSegmentBulk} items.");
        }

        lock (context.Gate)
        {
            var book = members.BookLocked(listId);
            var segment = tags.SegmentLocked(listId, segmentId);
            var now = context.Now();
            var added = Apply(toAdd, m => segment.Members.TryAdd(m.ContactId, now));
            var removed = Apply(toRemove, m => segment.Members.Remove(m.ContactId));
            var invalid = toAdd.Concat(toRemove).Where(EmailValidator.IsFakeOrInvalid).ToList();
            var errors = new JsonArray();
            if (invalid.Count > 0)
            {
                errors.Add(new JsonObject { ["email_addresses"] = new JsonArray([.. invalid.Select(e => (JsonNode)e)]), ["error"] = "Email addresses look fake or invalid." });
            }

            if (added.Count + removed.Count > 0)
            {
                segment.UpdatedAt = now;
            }

            return new JsonObject
            {
                ["members_added"] = new JsonArray([.. added]),
                ["members_removed"] = new JsonArray([.. removed]),
                ["errors"] = errors,
                ["total_added"] = added.Count,
                ["total_removed"] = removed.Count,
                ["error_count"] = invalid.Count,
            };

            List<JsonNode> Apply(IEnumerable<string> emails, Func<MemberRecord, bool> change) =>
                [.. emails.Select(e => book.ByHash.GetValueOrDefault(SubscriberHash.Of(e)))
                    .OfType<MemberRecord>()
                    .Where(change)
                    .Select(m => (JsonNode)members.JsonLocked(listId, m))];
        }
    }
}
