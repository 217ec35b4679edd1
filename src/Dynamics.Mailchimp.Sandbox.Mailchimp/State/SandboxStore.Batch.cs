using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Batch subscribe (<c>POST /lists/{list_id}</c>): per-member results, never a failure for one member.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/</remarks>
internal sealed partial class SandboxStore
{
    public const int MaxBatchMembers = 500;

    public const string ErrorContactExists = "ERROR_CONTACT_EXISTS";

    public const string ErrorGeneric = "ERROR_GENERIC";

    public JsonObject BatchSubscribe(string listId, IReadOnlyList<MemberWrite> members, bool updateExisting, bool syncTags)
    {
        if (members.Count > MaxBatchMembers)
        {
            throw new InvalidResourceException($"The members array may hold at most {MaxBatchMembers} members; {members.Count} were sent.", "members", $"Must contain at most {MaxBatchMembers} items.");
        }

        lock (_gate)
        {
            var audience = Audience(listId);
            var created = new JsonArray();
            var updated = new JsonArray();
            var errors = new JsonArray();
            foreach (var write in members)
            {
                try
                {
                    var (member, isNew) = BatchOneLocked(audience, write, updateExisting, syncTags);
                    (isNew ? created : updated).Add(MemberJson.Build(audience, member));
                }
                catch (MailchimpProblemException problem)
                {
                    errors.Add(BatchError(write.EmailAddress ?? string.Empty, problem));
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

    private (MemberRecord Member, bool IsNew) BatchOneLocked(AudienceState audience, MemberWrite write, bool updateExisting, bool syncTags)
    {
        RequireEmail(write);
        var hash = SubscriberHash.Of(write.EmailAddress!);
        if (!audience.Members.TryGetValue(hash, out var member))
        {
            return (CreateMemberLocked(audience, write, write.Status ?? write.StatusIfNew), true);
        }

        if (!updateExisting)
        {
            throw new BatchContactExistsException(write.EmailAddress!);
        }

        UpdateMemberLocked(audience, member, write with { EmailAddress = null }, write.Status);
        if (syncTags)
        {
            foreach (var (segment, _) in MemberJson.TagsOf(audience, member).Where(t => !write.Tags.Contains(t.Segment.Name, StringComparer.OrdinalIgnoreCase)))
            {
                segment.Members.Remove(member.UniqueEmailId);
            }
        }

        foreach (var tag in write.Tags)
        {
            TagLocked(audience, member, tag, active: true, Now());
        }

        return (member, false);
    }

    private static JsonObject BatchError(string email, MailchimpProblemException problem)
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
