using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>Batch subscribe (<c>POST /lists/{list_id}</c>): per-member results, never a failure for one member.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/</remarks>
internal sealed class BatchSubscriber(StoreContext context, MemberStore members, MemberRules rules, TagStore tags, WebhookPublisher webhooks)
{
    public const int MaxBatchMembers = 500;

    public const string ErrorContactExists = "ERROR_CONTACT_EXISTS";

    public const string ErrorGeneric = "ERROR_GENERIC";

    /// <summary>Gets or sets what <c>subscribed</c> does to a member who unsubscribed themselves.</summary>
    /// <value>Defaults to <see cref="BatchResubscribeBehavior.KeepUnsubscribed"/>, as recorded in the field.</value>
    public BatchResubscribeBehavior Resubscribe { get; set; } = BatchResubscribeBehavior.KeepUnsubscribed;

    /// <summary>
    /// Writes up to 500 members. An address seen earlier in the request is ignored with <paramref name="skipDuplicateCheck"/>
    /// (the first appearance is saved, as documented) and otherwise reported in <c>errors</c>; it never lands in both
    /// <c>new_members</c> and <c>updated_members</c>. With <paramref name="keep"/> (the response's <c>fields</c>) the
    /// member objects are built with only the properties it leaves.
    /// </summary>
    public JsonObject BatchSubscribe(string listId, IReadOnlyList<MemberWrite> writes, bool updateExisting, bool syncTags, bool skipDuplicateCheck, FieldTree? keep = null)
    {
        var keepCreated = FieldTree.Below(keep, "new_members");
        var keepUpdated = FieldTree.Below(keep, "updated_members");
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
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var write in writes)
            {
                try
                {
                    var hash = string.IsNullOrEmpty(write.EmailAddress) ? null : SubscriberHash.Of(write.EmailAddress);
                    if (hash is not null && !seen.Add(hash))
                    {
                        if (skipDuplicateCheck)
                        {
                            continue;
                        }

                        throw new BatchDuplicateException(write.EmailAddress!);
                    }

                    var (member, isNew) = OneLocked(listId, book, write, hash, updateExisting, syncTags);
                    (isNew ? created : updated).Add(members.JsonLocked(listId, member, isNew ? keepCreated : keepUpdated));
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

    // hash: the subscriber hash of the write's address, computed once by the caller; null when it has none (refused here).
    private (MemberRecord Member, bool IsNew) OneLocked(string listId, MemberBook book, MemberWrite write, string? hash, bool updateExisting, bool syncTags)
    {
        MemberRules.RequireEmail(write);
        if (!book.ByHash.TryGetValue(hash!, out var member))
        {
            var added = webhooks.BeforeWriteLocked(listId, null);
            var created = rules.CreateLocked(listId, book, write, write.Status ?? write.StatusIfNew, hash);
            webhooks.AfterWriteLocked(added, created, WebhookWire.Api);
            return (created, true);
        }

        if (!updateExisting)
        {
            throw new BatchContactExistsException(write.EmailAddress!);
        }

        var status = write.Status;
        if (status == MemberStatus.Subscribed && member.Status == MemberStatus.Unsubscribed && member.ComplianceHold && Resubscribe == BatchResubscribeBehavior.KeepUnsubscribed)
        {
            status = null;
        }

        var change = webhooks.BeforeWriteLocked(listId, member);
        rules.UpdateLocked(listId, book, member, write with { EmailAddress = null }, status);
        webhooks.AfterWriteLocked(change, member, WebhookWire.Api);
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
