using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Bulk add/remove of static-segment members (at most 500 each way).</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-segments/batch-add-or-remove-members/</remarks>
internal sealed partial class SandboxStore
{
    public const int MaxSegmentBulk = 500;

    /// <summary>Bulk add/remove; addresses not on the list are ignored (as documented), fake addresses are reported in <c>errors</c>.</summary>
    public JsonObject AddRemoveSegmentMembers(string listId, long segmentId, IReadOnlyList<string> toAdd, IReadOnlyList<string> toRemove)
    {
        if (toAdd.Count > MaxSegmentBulk || toRemove.Count > MaxSegmentBulk)
        {
            var field = toAdd.Count > MaxSegmentBulk ? "members_to_add" : "members_to_remove";
            throw new InvalidResourceException($"The {field} array may hold at most {MaxSegmentBulk} addresses.", field, $"Must contain at most {MaxSegmentBulk} items.");
        }

        lock (_gate)
        {
            var audience = Audience(listId);
            var segment = Segment(audience, segmentId);
            var now = Now();
            var added = Apply(toAdd, m => segment.Members.TryAdd(m.UniqueEmailId, now));
            var removed = Apply(toRemove, m => segment.Members.Remove(m.UniqueEmailId));
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
                [.. emails.Select(e => audience.Members.GetValueOrDefault(SubscriberHash.Of(e)))
                    .OfType<MemberRecord>()
                    .Where(change)
                    .Select(m => (JsonNode)MemberJson.Build(audience, m))];
        }
    }
}
