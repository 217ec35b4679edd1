using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>The member rules shared by single writes and batch subscribe: create, update, rename, status changes.</summary>
internal sealed partial class SandboxStore
{
    private static void RequireEmail(MemberWrite write)
    {
        if (string.IsNullOrEmpty(write.EmailAddress))
        {
            throw new InvalidResourceException("The resource submitted could not be validated. For field-specific details, see the 'errors' array.", "email_address", "This value should not be blank.");
        }
    }

    private MemberRecord CreateMemberLocked(AudienceState audience, MemberWrite write, string? status)
    {
        RequireEmail(write);
        var email = write.EmailAddress!.Trim();
        if (EmailValidator.IsFakeOrInvalid(email))
        {
            throw new FakeEmailException(email);
        }

        var hash = SubscriberHash.Of(email);
        if (audience.Forgotten.Contains(hash))
        {
            throw new ForgottenEmailException(email);
        }

        if (audience.Members.ContainsKey(hash))
        {
            throw new MemberExistsException(email);
        }

        var now = Now();
        ValidateStatus(status);
        RequireMergeFields(audience, write, email);
        var member = new MemberRecord
        {
            EmailAddress = email,
            UniqueEmailId = NextHex("unique", 10),
            ContactId = NextHex("contact", 32),
            WebId = Next(),
            Sequence = Next(),
            Status = status!,
            LastChanged = now,
            TimestampSignup = status == MemberStatus.Pending ? now : null,
            TimestampOpt = status == MemberStatus.Subscribed ? now : null,
        };
        ApplyFields(audience, member, write);
        audience.Members[hash] = member;
        foreach (var tag in write.Tags)
        {
            TagLocked(audience, member, tag, active: true, now);
        }

        return member;
    }

    private void UpdateMemberLocked(AudienceState audience, MemberRecord member, MemberWrite write, string? status)
    {
        // Validate everything before the first mutation so that a refused write leaves the member untouched.
        if (status is not null)
        {
            ValidateStatus(status);
            CheckCompliance(member, status);
        }

        if (write.EmailAddress is { Length: > 0 } newEmail && SubscriberHash.Of(newEmail) != member.Id)
        {
            RenameLocked(audience, member, newEmail.Trim());
        }

        if (status is not null)
        {
            ChangeStatusLocked(member, status);
        }

        ApplyFields(audience, member, write);
        member.LastChanged = Now();
    }

    private void RenameLocked(AudienceState audience, MemberRecord member, string newEmail)
    {
        if (EmailValidator.IsFakeOrInvalid(newEmail))
        {
            throw new FakeEmailException(newEmail);
        }

        var newHash = SubscriberHash.Of(newEmail);
        if (audience.Forgotten.Contains(newHash))
        {
            throw new ForgottenEmailException(newEmail);
        }

        if (audience.Members.TryGetValue(newHash, out var holder))
        {
            throw new EmailTakenException(newEmail, holder.Status);
        }

        audience.Members.Remove(member.Id);
        member.EmailAddress = newEmail;
        audience.Members[newHash] = member;
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

    private void ChangeStatusLocked(MemberRecord member, string status)
    {
        if (status == member.Status)
        {
            return;
        }

        member.Status = status;
        if (status == MemberStatus.Subscribed)
        {
            member.TimestampOpt = Now();
        }
        else if (status == MemberStatus.Unsubscribed)
        {
            member.UnsubscribeReason = "N/A (Unsubscribed by an admin)";
        }
    }
}
