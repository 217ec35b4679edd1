using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>Member writes: POST (add), PUT (upsert), PATCH (update), DELETE (archive), delete-permanent.</summary>
internal sealed partial class SandboxStore
{
    public JsonObject AddMember(string listId, MemberWrite write)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var member = CreateMemberLocked(audience, write, write.Status);
            return MemberJson.Build(audience, member);
        }
    }

    public JsonObject UpsertMember(string listId, string hashOrEmail, MemberWrite write, bool isPut)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var hash = SubscriberHash.Resolve(hashOrEmail);
            if (audience.Forgotten.Contains(hash))
            {
                throw new ForgottenEmailException(write.EmailAddress ?? hashOrEmail);
            }

            if (!audience.Members.TryGetValue(hash, out var member))
            {
                if (!isPut)
                {
                    throw new ResourceNotFoundException($"member {hashOrEmail} of list {listId}");
                }

                RequireEmail(write);
                return MemberJson.Build(audience, CreateMemberLocked(audience, write, write.StatusIfNew ?? write.Status));
            }

            if (isPut)
            {
                RequireEmail(write);
            }

            // An archived member is re-added by PUT, so status_if_new applies to it as to a new one.
            var status = write.Status ?? (member.Status == MemberStatus.Archived && isPut ? write.StatusIfNew : null);
            UpdateMemberLocked(audience, member, write, status);
            return MemberJson.Build(audience, member);
        }
    }

    public void ArchiveMember(string listId, string hashOrEmail)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var member = Member(audience, hashOrEmail);
            if (member.Status is MemberStatus.Archived or MemberStatus.Pending or MemberStatus.Cleaned)
            {
                throw new MemberNotRemovableException(member.EmailAddress, member.Status);
            }

            member.Status = MemberStatus.Archived;
            member.LastChanged = Now();
        }
    }

    public void DeletePermanently(string listId, string hashOrEmail)
    {
        lock (_gate)
        {
            var audience = Audience(listId);
            var member = Member(audience, hashOrEmail);
            audience.Members.Remove(member.Id);
            audience.Forgotten.Add(member.Id);
            foreach (var segment in audience.Segments)
            {
                segment.Members.Remove(member.UniqueEmailId);
            }
        }
    }
}
