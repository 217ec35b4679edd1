using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>List members per audience: reads, POST (add), PUT (upsert), PATCH (update), DELETE (archive), delete-permanent.</summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/list-members/</remarks>
internal sealed class MemberStore(StoreContext context, DefinitionStore definitions, TagStore tags, MemberRules rules, WebhookPublisher webhooks)
{
    private readonly Dictionary<string, MemberBook> _books = new(StringComparer.Ordinal);

    /// <summary>Drops every member; called under the lock by a reset.</summary>
    public void ResetLocked(IEnumerable<string> listIds)
    {
        _books.Clear();
        foreach (var listId in listIds)
        {
            _books[listId] = new MemberBook();
        }
    }

    public JsonObject GetMember(string listId, string hashOrEmail)
    {
        lock (context.Gate)
        {
            return JsonLocked(listId, MemberLocked(listId, hashOrEmail));
        }
    }

    public JsonObject ListMembers(string listId, MemberQuery query, Paging paging)
    {
        lock (context.Gate)
        {
            query.Interests?.Validate(definitions.SetLocked(listId));
            var matches = query.Apply(BookLocked(listId).ByHash.Values).ToList();
            var json = paging.Collection("members", matches.Select(m => (JsonNode)JsonLocked(listId, m)), matches.Count);
            json["list_id"] = listId;
            return json;
        }
    }

    /// <summary>
    /// Adds a member. An archived address is re-added in place (same <c>contact_id</c>, tags kept, status as sent), as
    /// recorded in grouparoo/grouparoo exportRecord.js; any other address already on the list is "Member Exists".
    /// </summary>
    public JsonObject AddMember(string listId, MemberWrite write)
    {
        lock (context.Gate)
        {
            var book = BookLocked(listId);
            MemberRules.RequireEmail(write);
            if (book.ByHash.TryGetValue(SubscriberHash.Of(write.EmailAddress!), out var archived) && archived.Status == MemberStatus.Archived)
            {
                var change = webhooks.BeforeWriteLocked(listId, archived);
                rules.UpdateLocked(listId, book, archived, write with { EmailAddress = null }, write.Status ?? string.Empty);
                foreach (var tag in write.Tags)
                {
                    tags.TagLocked(listId, archived.ContactId, tag, active: true, archived.LastChanged);
                }

                webhooks.AfterWriteLocked(change, archived, WebhookWire.Api);
                return JsonLocked(listId, archived);
            }

            var added = webhooks.BeforeWriteLocked(listId, null);
            var member = rules.CreateLocked(listId, book, write, write.Status);
            webhooks.AfterWriteLocked(added, member, WebhookWire.Api);
            return JsonLocked(listId, member);
        }
    }

    public JsonObject UpsertMember(string listId, string hashOrEmail, MemberWrite write, bool isPut)
    {
        lock (context.Gate)
        {
            var book = BookLocked(listId);
            var hash = SubscriberHash.Resolve(hashOrEmail);
            if (book.Forgotten.Contains(hash))
            {
                throw new ForgottenEmailException(write.EmailAddress ?? hashOrEmail);
            }

            if (!book.ByHash.TryGetValue(hash, out var member))
            {
                if (!isPut)
                {
                    throw new ResourceNotFoundException($"member {hashOrEmail} of list {listId}");
                }

                MemberRules.RequireEmail(write);
                var added = webhooks.BeforeWriteLocked(listId, null);
                var created = rules.CreateLocked(listId, book, write, write.StatusIfNew ?? write.Status);
                webhooks.AfterWriteLocked(added, created, WebhookWire.Api);
                return JsonLocked(listId, created);
            }

            if (isPut)
            {
                MemberRules.RequireEmail(write);
            }

            // An archived member is re-added by PUT, so status_if_new applies to it as to a new one.
            var status = write.Status ?? (member.Status == MemberStatus.Archived && isPut ? write.StatusIfNew : null);
            var change = webhooks.BeforeWriteLocked(listId, member);
            rules.UpdateLocked(listId, book, member, write, status);
            webhooks.AfterWriteLocked(change, member, WebhookWire.Api);
            return JsonLocked(listId, member);
        }
    }

    public void ArchiveMember(string listId, string hashOrEmail)
    {
        lock (context.Gate)
        {
            var member = MemberLocked(listId, hashOrEmail);
            if (member.Status is MemberStatus.Archived or MemberStatus.Pending or MemberStatus.Cleaned)
            {
                throw new MemberNotRemovableException(member.EmailAddress, member.Status);
            }

            member.Status = MemberStatus.Archived;
            member.LastChanged = context.Now();
        }
    }

    public void DeletePermanently(string listId, string hashOrEmail)
    {
        lock (context.Gate)
        {
            var book = BookLocked(listId);
            var member = MemberLocked(listId, hashOrEmail);
            book.ByHash.Remove(member.Id);
            book.Forgotten.Add(member.Id);
            tags.ForgetLocked(listId, member.ContactId);
        }
    }

    /// <summary>Counts the members of an audience that are in an interest.</summary>
    public int InterestSubscriberCount(string listId, string interestId)
    {
        lock (context.Gate)
        {
            return BookLocked(listId).ByHash.Values.Count(m => m.Interests.GetValueOrDefault(interestId));
        }
    }

    public MemberBook BookLocked(string listId) =>
        _books.TryGetValue(listId, out var book) ? book : throw new ResourceNotFoundException($"list {listId}");

    public MemberRecord MemberLocked(string listId, string hashOrEmail) =>
        BookLocked(listId).ByHash.TryGetValue(SubscriberHash.Resolve(hashOrEmail), out var member)
            ? member
            : throw new ResourceNotFoundException($"member {hashOrEmail} of list {listId}");

    /// <summary>The member's wire object, with the audience's merge fields and interests and the member's tags; only what <paramref name="keep"/> (a response's <c>fields</c>) leaves, when given.</summary>
    public JsonObject JsonLocked(string listId, MemberRecord member, FieldTree? keep = null) =>
        MemberJson.Build(listId, definitions.SetLocked(listId), () => tags.TagsOfLocked(listId, member.ContactId), member, keep);
}
