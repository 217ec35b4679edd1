using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Simulation;

/// <summary>
/// What a contact edits on their own (Mailchimp's hosted update-profile form): merge values and the address. Same rules as
/// an API write (merge validation, "Member Exists" for an address already on the list), but the webhook source is <c>user</c>.
/// </summary>
internal sealed class ContactEdits(StoreContext context, MemberStore members, MemberRules rules, WebhookPublisher webhooks)
{
    /// <summary>The contact updates merge values: <c>last_changed</c> bumped; a <c>profile</c> event.</summary>
    public JsonObject UpdateProfile(string listId, string email, JsonObject mergeFields) =>
        Edit(listId, email, new MemberWrite { MergeFields = mergeFields });

    /// <summary>The contact changes their address: new <c>id</c> and <c>unique_email_id</c>; an <c>upemail</c> event.</summary>
    public JsonObject ChangeEmail(string listId, string email, string newEmail) =>
        Edit(listId, email, new MemberWrite { EmailAddress = newEmail });

    private JsonObject Edit(string listId, string email, MemberWrite write)
    {
        lock (context.Gate)
        {
            var book = members.BookLocked(listId);
            var member = members.MemberLocked(listId, email);
            var change = webhooks.BeforeWriteLocked(listId, member);
            rules.UpdateLocked(listId, book, member, write, status: null);
            webhooks.AfterWriteLocked(change, member, WebhookWire.User);
            return members.JsonLocked(listId, member);
        }
    }
}
