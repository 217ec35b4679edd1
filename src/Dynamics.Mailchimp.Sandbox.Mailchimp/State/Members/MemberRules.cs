using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>The member rules shared by single writes, batch subscribe and the simulation: create, update, rename, status changes.</summary>
/// <remarks>Every method expects the caller to hold the store lock.</remarks>
internal sealed class MemberRules(StoreContext context, DefinitionStore definitions, TagStore tags)
{
    private static readonly Dictionary<string, JsonNode?> NoValues = [];

    public static void RequireEmail(MemberWrite write)
    {
        if (string.IsNullOrEmpty(write.EmailAddress))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "email_address", "This value should not be blank.");
        }
    }

    /// <summary>Creates a member; <paramref name="hash"/> is the address's subscriber hash when the caller already has it.</summary>
    public MemberRecord CreateLocked(string listId, MemberBook book, MemberWrite write, string? status, string? hash = null)
    {
        RequireEmail(write);
        var email = write.EmailAddress!.Trim();
        RequireRealEmail(email);
        hash ??= SubscriberHash.Of(email);
        if (book.Forgotten.Contains(hash))
        {
            throw new ForgottenEmailException(email);
        }

        if (book.ByHash.ContainsKey(hash))
        {
            throw new MemberExistsException(email);
        }

        var now = context.Now();
        MemberFields.ValidateStatus(status);
        var set = definitions.SetLocked(listId);
        MergeFieldValidator.Validate(set, write.MergeFields, NoValues, write.SkipMergeValidation, email);
        MemberFields.RequireKnownInterests(set, write);
        var member = new MemberRecord
        {
            EmailAddress = email,
            Id = hash,
            UniqueEmailId = context.NextHex("unique", 10),
            ContactId = context.NextHex("contact", 32),
            WebId = context.Next(),
            Sequence = context.Next(),
            Status = status!,
            LastChanged = now,
            TimestampSignup = status == MemberStatus.Pending ? now : null,
            TimestampOpt = status == MemberStatus.Subscribed ? now : null,
        };
        MemberFields.Apply(set, member, write);
        book.ByHash[hash] = member;
        foreach (var tag in write.Tags)
        {
            tags.TagLocked(listId, member.ContactId, tag, active: true, now);
        }

        return member;
    }

    public void UpdateLocked(string listId, MemberBook book, MemberRecord member, MemberWrite write, string? status)
    {
        // Validate everything before the first mutation so that a refused write leaves the member untouched.
        if (status is not null)
        {
            MemberFields.ValidateStatus(status);
            CheckCompliance(member, status);
        }

        var set = definitions.SetLocked(listId);
        MergeFieldValidator.Validate(set, write.MergeFields, member.MergeFields, write.SkipMergeValidation, member.EmailAddress);
        MemberFields.RequireKnownInterests(set, write);
        if (write.EmailAddress is { Length: > 0 } newEmail && SubscriberHash.Of(newEmail) != member.Id)
        {
            Rename(book, member, newEmail.Trim());
        }

        if (status is not null)
        {
            ChangeStatus(member, status);
        }

        MemberFields.Apply(set, member, write);
        member.LastChanged = context.Now();
    }

    /// <summary>Refuses a malformed address ("Please provide a valid email address.") or a fake one ("looks fake or invalid").</summary>
    public static void RequireRealEmail(string email)
    {
        if (EmailValidator.IsMalformed(email))
        {
            throw new InvalidEmailException(email);
        }

        if (EmailValidator.LooksFake(email))
        {
            throw new FakeEmailException(email);
        }
    }

    private void Rename(MemberBook book, MemberRecord member, string newEmail)
    {
        RequireRealEmail(newEmail);
        var newHash = SubscriberHash.Of(newEmail);
        if (book.Forgotten.Contains(newHash))
        {
            throw new ForgottenEmailException(newEmail);
        }

        if (book.ByHash.TryGetValue(newHash, out var holder))
        {
            throw new EmailTakenException(newEmail, holder.Status);
        }

        // id and unique_email_id follow the address; contact_id and web_id stay (grouparoo exportRecord.js fixture).
        book.ByHash.Remove(member.Id);
        member.EmailAddress = newEmail;
        member.UniqueEmailId = context.NextHex("unique", 10);
        book.ByHash[newHash] = member;
    }

    private static void CheckCompliance(MemberRecord member, string status)
    {
        // Self-unsubscribed and cleaned contacts cannot be subscribed by the API; pending (a confirmation email) is
        // accepted for an unsubscribed contact but not for a cleaned (bouncing) one.
        var refused = status != member.Status
            && member.ComplianceHold
            && (status == MemberStatus.Subscribed || (status == MemberStatus.Pending && member.Status == MemberStatus.Cleaned));
        if (refused)
        {
            throw new MemberInComplianceStateException(member.EmailAddress);
        }
    }

    private void ChangeStatus(MemberRecord member, string status)
    {
        if (status == member.Status)
        {
            return;
        }

        member.Status = status;
        if (status == MemberStatus.Subscribed)
        {
            member.TimestampOpt = context.Now();
        }
        else if (status == MemberStatus.Unsubscribed)
        {
            member.UnsubscribeReason = "N/A (Unsubscribed by an admin)";
        }
    }
}
