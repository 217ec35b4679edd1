using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

/// <summary>Static segments created with members, the listing of a segment's members, and bulk add/remove of segment members (at most 500 each way).</summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/api/list-segments/batch-add-or-remove-members/ and
/// https://mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/
/// </remarks>
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

    /// <summary>
    /// The members of a static segment with one of <paramref name="statuses"/> (see <see cref="StatusesListed"/>),
    /// in the order they joined the audience, as <c>{members, total_items}</c>.
    /// </summary>
    public JsonObject ListMembers(string listId, long segmentId, IReadOnlySet<string> statuses, Paging paging)
    {
        lock (context.Gate)
        {
            var segment = tags.SegmentLocked(listId, segmentId);
            var matches = members.BookLocked(listId).ByHash.Values
                .Where(m => segment.Members.ContainsKey(m.ContactId) && statuses.Contains(m.Status))
                .OrderBy(m => m.Sequence)
                .ToList();
            return paging.Collection("members", matches.Select(m => (JsonNode)SegmentMemberJson.From(members.JsonLocked(listId, m))), matches.Count);
        }
    }

    /// <summary>
    /// The statuses a segment-member listing returns: subscribed and pending always; cleaned, transactional and
    /// unsubscribed only when asked for (the endpoint's <c>include_*</c> flags, which default to false); archived never,
    /// since the endpoint's status enum has no <c>archived</c>
    /// (https://mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/).
    /// </summary>
    public static IReadOnlySet<string> StatusesListed(bool includeCleaned, bool includeTransactional, bool includeUnsubscribed)
    {
        var statuses = new HashSet<string>(StringComparer.Ordinal) { MemberStatus.Subscribed, MemberStatus.Pending };
        if (includeCleaned)
        {
            statuses.Add(MemberStatus.Cleaned);
        }

        if (includeTransactional)
        {
            statuses.Add(MemberStatus.Transactional);
        }

        if (includeUnsubscribed)
        {
            statuses.Add(MemberStatus.Unsubscribed);
        }

        return statuses;
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
