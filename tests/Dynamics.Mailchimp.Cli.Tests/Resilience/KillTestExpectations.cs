using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// What the kill test expects once the queue of a <see cref="QueuedAudience"/> is drained, however often the push was
/// killed on the way: the same end state as one uninterrupted run.
/// </summary>
internal sealed class KillTestExpectations
{
    // SandboxSeed puts its first two contacts in the synced list (one queue row ahead of the bulk joins).
    private const int SeededListMembers = 2;

    private readonly QueuedAudience _audience;
    private readonly Dictionary<Guid, string> _emailById;

    /// <summary>Initializes a new instance of the <see cref="KillTestExpectations"/> class; call it before any push runs.</summary>
    /// <param name="audience">The audience and its queue.</param>
    public KillTestExpectations(QueuedAudience audience)
    {
        _audience = audience;
        _emailById = audience.ContactIds.Zip(audience.Emails).ToDictionary(pair => pair.First, pair => pair.Second);
        QueuedRows = audience.Rows().ToDictionary(row => row.Id, Describe);
    }

    /// <summary>Gets each queued row's kind, target and sequence, as queued.</summary>
    public IReadOnlyDictionary<Guid, QueuedRow> QueuedRows { get; }

    /// <summary>
    /// Every queued row is still there and settled as one uninterrupted run would: a join row Done; of a contact's two
    /// renames, the second Done (or Skipped, with its reason, for a contact that must not be sent) and the first
    /// Superseded by it, or settled like it when a cycle boundary fell between them. Done and Skipped rows say why.
    /// </summary>
    public void AssertNoRowLost()
    {
        var rows = _audience.Rows();
        Assert.Equal(QueuedRows.Keys.Order(), rows.Select(row => row.Id).Order());
        var renames = QueuedRows.Values.Where(row => row.Kind == QueueItemKinds.MemberChanged)
            .GroupBy(row => row.TargetId)
            .SelectMany(pair => pair.OrderBy(row => row.Sequence).Select((row, index) => (row.Id, Last: index == pair.Count() - 1, Email: _emailById[pair.Key])))
            .ToDictionary(rename => rename.Id);
        foreach (var row in rows)
        {
            var state = row.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value;
            int[] expected = renames.TryGetValue(row.Id, out var rename)
                ? rename.Last ? [SettledRename(rename.Email)] : [QueueItemStates.Superseded, SettledRename(rename.Email)]
                : [QueueItemStates.Done];
            Assert.True(expected.Contains(state), $"row {row.GetAttributeValue<string>(QueueItemFields.Name)} is {state}, expected {string.Join(" or ", expected)}");
            Assert.False(string.IsNullOrEmpty(row.GetAttributeValue<string>(QueueItemFields.Outcome)), $"row {row.Id} ({state}) says nothing");
        }
    }

    /// <summary>
    /// The audience holds exactly the expected members: every contact that joined subscribed with its last name,
    /// except the opt-outs (never synced: absent; synced earlier: unsubscribed) and the Mailchimp unsubscribes (kept
    /// unsubscribed); plus the seeded list's two contacts.
    /// </summary>
    public async Task AssertMailchimpStateAsync()
    {
        var members = await _audience.MembersAsync();
        Assert.Equal(_audience.Emails.Count - _audience.CrmOptOuts.Count + SeededListMembers, members.Count);
        foreach (var email in _audience.Emails)
        {
            if (_audience.CrmOptOuts.Contains(email))
            {
                Assert.False(members.ContainsKey(email), $"{email} opted out in Dynamics before it was ever sent, but is in Mailchimp");
                continue;
            }

            Assert.True(members.TryGetValue(email, out var member), $"{email} is missing in Mailchimp");
            if (_audience.MailchimpUnsubscribed.Contains(email) || _audience.SyncedOptOuts.Contains(email))
            {
                Assert.True(member.Status == "unsubscribed", $"{email} is {member.Status}, expected unsubscribed");
                continue;
            }

            Assert.True(member.Status == "subscribed", $"{email} is {member.Status}, expected subscribed");
            Assert.Equal(_audience.LastNames[email], member.LastName);
            Assert.Empty(member.Tags);
        }
    }

    /// <summary>Each contact stores the status Mailchimp reported and the member id, or nothing if it was never sent.</summary>
    public void AssertStoredStatuses()
    {
        var contacts = _audience.Dataverse.Organization.Rows(TableNames.Contact).ToDictionary(row => row.Id);
        foreach (var (id, email) in _emailById)
        {
            var contact = contacts[id];
            var stored = MailchimpStatusOptions.ToStatus(contact.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus)?.Value);
            MemberStatus? expected = _audience.CrmOptOuts.Contains(email) ? null
                : _audience.MailchimpUnsubscribed.Contains(email) || _audience.SyncedOptOuts.Contains(email) ? MemberStatus.Unsubscribed
                : MemberStatus.Subscribed;
            Assert.True(expected == stored, $"{email} stores {stored?.ToString() ?? "no status"}, expected {expected?.ToString() ?? "none"}");
            if (expected is not null)
            {
                Assert.Equal(SubscriberHash.Compute(email), contact.GetAttributeValue<string>(MemberFields.MailchimpMemberId));
            }
        }
    }

    /// <summary>
    /// No request ever carried a never-synced opt-out's address, and none ever asked for <c>subscribed</c> for an
    /// opt-out or a Mailchimp unsubscribe, on any run, killed or not.
    /// </summary>
    public void AssertNoOptOutUndone()
    {
        foreach (var request in _audience.Mailchimp.Requests.Where(r => r.Body.Length > 0))
        {
            using var body = JsonDocument.Parse(request.Body);
            var root = body.RootElement;
            var entries = root.TryGetProperty("members", out var array) ? array.EnumerateArray().ToList() : [root];
            foreach (var entry in entries.Where(e => e.TryGetProperty("email_address", out _)))
            {
                var email = entry.GetProperty("email_address").GetString()!;
                Assert.False(_audience.CrmOptOuts.Contains(email), $"{request.Method} {request.Path} sent {email}, opted out in Dynamics");
                var status = entry.TryGetProperty("status", out var s) ? s.GetString() : null;
                var protectedAddress = _audience.MailchimpUnsubscribed.Contains(email) || _audience.SyncedOptOuts.Contains(email);
                Assert.False(protectedAddress && status == "subscribed", $"{request.Method} {request.Path} re-subscribed {email}");
            }
        }
    }

    private static QueuedRow Describe(Entity row) => new(
        row.Id,
        row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value,
        Guid.TryParse(row.GetAttributeValue<string>(QueueItemFields.TargetId), out var target) ? target : Guid.Empty,
        row.GetAttributeValue<long>(QueueItemFields.Sequence));

    private int SettledRename(string email) =>
        _audience.CrmOptOuts.Contains(email) || _audience.MailchimpUnsubscribed.Contains(email) || _audience.SyncedOptOuts.Contains(email)
            ? QueueItemStates.Skipped
            : QueueItemStates.Done;
}
