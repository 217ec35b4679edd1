using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Controls;

/// <summary>
/// In-process test and demo controls: what contacts and Mailchimp do outside the API, injected faults, latency, a request
/// gate and reset. The same controls are served over HTTP under <c>/_sandbox/</c> (see the project README).
/// </summary>
/// <remarks>Unknown lists, members or campaigns throw <see cref="Errors.ResourceNotFoundException"/>.</remarks>
public sealed partial class SandboxControls
{
    private readonly SandboxStore _store;
    private readonly FaultInjector _faults;
    private readonly InjectedLatency _latency;
    private readonly RequestGate _gate;
    private readonly RequestLog _log;
    private readonly WebhookDispatcher _webhooks;
    private readonly TimeSpan _initialLatency;
    private readonly BatchResubscribeBehavior _initialResubscribe;

    internal SandboxControls(SandboxStore store, FaultInjector faults, InjectedLatency latency, RequestGate gate, RequestLog log, WebhookDispatcher webhooks)
    {
        _webhooks = webhooks;
        _store = store;
        _faults = faults;
        _latency = latency;
        _gate = gate;
        _log = log;
        _initialLatency = latency.Value;
        _initialResubscribe = store.Batch.Resubscribe;
    }

    /// <summary>Gets or sets the delay added before each API request.</summary>
    public TimeSpan Latency
    {
        get => _latency.Value;
        set => _latency.Value = value;
    }

    /// <summary>
    /// Gets or sets a latency model charged to each API request from its path and body (e.g. a benchmark's per-call and
    /// per-member cost), ahead of authentication and the connection limit, so that the modelled delay holds no connection
    /// slot; <see langword="null"/> (the default) charges nothing. Unlike <see cref="Latency"/> it survives a reset.
    /// </summary>
    public IRequestCost? RequestCost
    {
        get => _latency.Cost;
        set => _latency.Cost = value;
    }

    /// <summary>The contact unsubscribes themselves (e.g. from a campaign footer): status unsubscribed, compliance hold, <c>last_changed</c> bumped.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="email">The member's address or subscriber hash.</param>
    /// <param name="reason">The unsubscribe reason; defaults to Mailchimp's "N/A (Unsubscribed by the contact)".</param>
    /// <param name="campaignId">The campaign to report it on; defaults to the latest campaign the member received.</param>
    public void Unsubscribe(string listId, string email, string? reason = null, string? campaignId = null) =>
        _store.Simulation.Unsubscribe(listId, email, reason, campaignId);

    /// <summary>A campaign to the member bounces. A hard bounce cleans the member (compliance hold, <c>last_changed</c> bumped).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="email">The member's address or subscriber hash.</param>
    /// <param name="hard"><see langword="true"/> for a hard bounce. <value>Defaults to true.</value></param>
    /// <param name="campaignId">The campaign that bounced; defaults to the latest campaign the member received.</param>
    public void Bounce(string listId, string email, bool hard = true, string? campaignId = null) =>
        _store.Simulation.Bounce(listId, email, hard, campaignId);

    /// <summary>The contact opts in themselves (signup form or confirmation link): subscribed, hold and permanent delete lifted.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="email">The address.</param>
    public void SubscribeAsContact(string listId, string email) => _store.Simulation.SelfSubscribe(listId, email);

    /// <summary>The contact updates their profile (merge values) themselves: a <c>profile</c> webhook event from source <c>user</c>.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="email">The member's address or subscriber hash.</param>
    /// <param name="mergeFields">The merge values to set, by tag.</param>
    public void UpdateProfile(string listId, string email, JsonObject mergeFields) =>
        _store.Edits.UpdateProfile(listId, email, mergeFields);

    /// <summary>The contact changes their address themselves: an <c>upemail</c> webhook event from source <c>user</c>.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="email">The member's address or subscriber hash.</param>
    /// <param name="newEmail">The new address.</param>
    public void ChangeEmail(string listId, string email, string newEmail) => _store.Edits.ChangeEmail(listId, email, newEmail);

    /// <summary>
    /// Seeds new subscribed members, each with <paramref name="tags"/>, through the batch-subscribe rules but without the API
    /// (benchmarks seed 100,000 members this way in seconds, and the request log stays empty).
    /// </summary>
    /// <param name="listId">The list id.</param>
    /// <param name="emails">The addresses; none may be a member yet.</param>
    /// <param name="tags">The tags every one of them gets.</param>
    /// <returns>The members created.</returns>
    public int SeedSubscribed(string listId, IEnumerable<string> emails, IReadOnlyList<string> tags)
    {
        ArgumentNullException.ThrowIfNull(emails);
        var created = 0;
        foreach (var chunk in emails.Chunk(BatchSubscriber.MaxBatchMembers))
        {
            var writes = chunk.Select(email => new MemberWrite { EmailAddress = email, Status = MemberStatus.Subscribed, Tags = tags }).ToArray();
            created += _store.Batch.BatchSubscribe(listId, writes, updateExisting: false, syncTags: false, skipDuplicateCheck: false)["total_created"]!.GetValue<int>();
        }

        return created;
    }

    /// <summary>Sends a campaign now.</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="subject">The subject line.</param>
    /// <param name="recipients">The addresses to send to; <see langword="null"/> sends to every subscribed member.</param>
    /// <returns>The new campaign id.</returns>
    public string SendCampaign(string listId, string subject, IReadOnlyList<string>? recipients = null) =>
        _store.Simulation.SendCampaign(listId, subject, recipients)["id"]!.GetValue<string>();

    /// <summary>A recipient opens a campaign.</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="email">The recipient's address.</param>
    public void Open(string campaignId, string email) => _store.Simulation.RecordActivity(campaignId, email, "open", string.Empty);

    /// <summary>A recipient clicks a link in a campaign.</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="email">The recipient's address.</param>
    /// <param name="url">The clicked URL.</param>
    public void Click(string campaignId, string email, string url) => _store.Simulation.RecordActivity(campaignId, email, "click", url);

    /// <summary>Every recipient of a campaign opens and clicks, events one second apart ending now.</summary>
    /// <param name="campaignId">The campaign id.</param>
    /// <param name="opens">Opens per recipient.</param>
    /// <param name="clicks">Clicks per recipient.</param>
    /// <param name="url">The clicked URL.</param>
    /// <returns>How many events were recorded.</returns>
    public int Engage(string campaignId, int opens, int clicks, string url)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(opens);
        ArgumentOutOfRangeException.ThrowIfNegative(clicks);
        return _store.Simulation.Engage(campaignId, opens, clicks, url);
    }
}
