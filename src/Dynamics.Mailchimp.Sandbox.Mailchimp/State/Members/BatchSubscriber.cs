using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>Batch subscribe (<c>POST /lists/{list_id}</c>): per-member results, never a failure for one member.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/</remarks>
internal sealed class BatchSubscriber(StoreContext context, MemberStore members, MemberRules rules, TagStore tags)
{
    public const int MaxBatchMembers = 500;

    public const string ErrorContactExists = "ERROR_CONTACT_EXISTS";

    public const string ErrorGeneric = "ERROR_GENERIC";

    public JsonObject BatchSubscribe(string listId, IReadOnlyList<MemberWrite> writes, bool updateExisting, bool syncTags)
    {
        if (writes.Count > MaxBatchMembers)
        {
            throw new InvalidResourceException($"The members array may hold at most {MaxBatchMembers} members; {writes.Count} were sent.", "members", $"Must contain at most {MaxBatchMembers} items.");
        }

        lock (context.Gate)
        {
            var book = members.BookLocked(listId);
            var created = new JsonArray();
            var updated = new JsonArray();
            var errors = new JsonArray();
            foreach (var write in writes)
            {
                try
                {
                    var (member, isNew) = OneLocked(listId, book, write, updateExisting, syncTags);
                    (isNew ? created : updated).Add(members.JsonLocked(listId, member));
                }
                catch (MailchimpProblemException problem)
                {
                    errors.Add(Error(write.EmailAddress ?? string.Empty, problem));
                }
            }

            return new JsonObject
            {
                ["new_members"] = created,
                ["updated_members"] = updated,
                ["errors"] = errors,
                ["total_created"] = created.Count,
                ["total_updated"] = updated.Count,
                ["error_count"] = errors.Count,
            };
        }
    }

    private (MemberRecord Member, bool IsNew) OneLocked(string listId, MemberBook book, MemberWrite write, bool updateExisting, bool syncTags)
    {
        MemberRules.RequireEmail(write);
        var hash = SubscriberHash.Of(write.EmailAddress!);
        if (!book.ByHash.TryGetValue(hash, out var member))
        {
            return (rules.CreateLocked(listId, book, write, write.Status ?? write.StatusIfNew), true);
        }

        if (!updateExisting)
        {
            throw new BatchContactExistsException(write.EmailAddress!);
        }

        rules.UpdateLocked(listId, book, member, write with { EmailAddress = null }, write.Status);
        var now = context.Now();
        if (syncTags)
        {
            foreach (var (segment, _) in tags.TagsOfLocked(listId, member.ContactId).Where(t => !write.Tags.Contains(t.Segment.Name, StringComparer.OrdinalIgnoreCase)))
            {
                segment.Members.Remove(member.ContactId);
            }
        }

        foreach (var tag in write.Tags)
        {
            tags.TagLocked(listId, member.ContactId, tag, active: true, now);
        }

        return (member, false);
    }

    private static JsonObject Error(string email, MailchimpProblemException problem)
    {
        var field = problem.FieldErrors.Count > 0 ? problem.FieldErrors[0] : new(string.Empty, string.Empty);
        return new JsonObject
        {
            ["email_address"] = email,
            ["error"] = problem.Detail,
            ["error_code"] = problem is BatchContactExistsException ? ErrorContactExists : ErrorGeneric,
            ["field"] = field.Key,
            ["field_message"] = field.Value,
        };
    }
}
