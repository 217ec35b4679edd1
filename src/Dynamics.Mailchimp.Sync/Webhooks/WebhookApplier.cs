using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Pull.Record;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// Applies a batch of webhook events through the pull's own steps: re-read each named member from Mailchimp
/// (<see cref="WebhookMemberReader"/>), match it to contacts, leads and accounts (<see cref="MemberMatcher"/>), decide with
/// the pull's rules (<see cref="PullDecider"/>) and write with the pull's writer, consent log included
/// (<see cref="IConsentWriter"/>). Per audience: one match and one write for the whole batch. Returns one outcome per
/// event; a failure fails only the events of its audience or member.
/// </summary>
/// <remarks>
/// An <c>upemail</c> event re-reads the member under its new address and applies its status to the records with the
/// new address and to those still holding the old one or the old member id. The CRM's address is not changed: the CRM
/// owns its records' fields, and its next push of the old address is refused or re-creates nothing it should not, by
/// the push's rules.
/// </remarks>
/// <param name="audiences">The mapped audiences.</param>
/// <param name="members">The member re-reader.</param>
/// <param name="matcher">The pull's matcher.</param>
/// <param name="writer">The pull's writer.</param>
public sealed class WebhookApplier(WebhookAudiences audiences, WebhookMemberReader members, MemberMatcher matcher, IConsentWriter writer)
{
    /// <summary>Applies the events.</summary>
    /// <param name="events">The events, in arrival order.</param>
    /// <param name="sync">The job's options.</param>
    /// <param name="pull">The pull's options (the same rules as <c>dmc pull</c>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>One outcome per event, in the events' order.</returns>
    public async Task<IReadOnlyList<WebhookOutcome>> ApplyAsync(IReadOnlyList<WebhookEvent> events, SyncOptions sync, PullOptions pull, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var outcomes = new Dictionary<WebhookEvent, WebhookOutcome>(ReferenceEqualityComparer.Instance);
        var mapped = await audiences.GetAsync(cancellationToken).ConfigureAwait(false);
        var decider = new PullDecider(pull, sync);
        foreach (var group in events.GroupBy(e => e.AudienceId, StringComparer.Ordinal))
        {
            var mappedAudience = mapped.GetValueOrDefault(group.Key);
            var memberEvents = new List<WebhookEvent>();
            foreach (var item in group)
            {
                if (item.Type == WebhookEventType.Campaign || mappedAudience is null)
                {
                    outcomes[item] = new WebhookOutcome(item, item.Type == WebhookEventType.Campaign ? WebhookOutcomeKind.CampaignNoted : WebhookOutcomeKind.UnmappedAudience);
                }
                else
                {
                    memberEvents.Add(item);
                }
            }

            if (mappedAudience is not null && memberEvents.Count > 0)
            {
                await ApplyAudienceAsync(mappedAudience, memberEvents, decider, sync, outcomes, cancellationToken).ConfigureAwait(false);
            }
        }

        return events.Select(e => outcomes[e]).ToArray();
    }

    private async Task ApplyAudienceAsync(PullAudience audience, List<WebhookEvent> events, PullDecider decider, SyncOptions sync, Dictionary<WebhookEvent, WebhookOutcome> outcomes, CancellationToken cancellationToken)
    {
        var reads = await members.ReadAsync(audience.AudienceId, events.Select(e => e.Email!).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), cancellationToken).ConfigureAwait(false);
        var pulled = new List<(WebhookEvent Event, PulledMember Member)>();
        foreach (var item in events)
        {
            var read = reads[item.Email!];
            if (read.Error is not null)
            {
                outcomes[item] = new WebhookOutcome(item, WebhookOutcomeKind.Failed, Error: read.Error);
            }
            else if (read.Member is not { } member)
            {
                outcomes[item] = new WebhookOutcome(item, WebhookOutcomeKind.NotInMailchimp);
            }
            else
            {
                pulled.Add((item, member));
                if (item.OldEmail is { Length: > 0 } old && !string.Equals(old, member.Email, StringComparison.OrdinalIgnoreCase))
                {
                    pulled.Add((item, member with { MemberId = SubscriberHash.Compute(old), Email = old }));
                }
            }
        }

        if (pulled.Count == 0)
        {
            return;
        }

        var distinct = pulled.Select(p => p.Member).DistinctBy(m => (m.MemberId.ToUpperInvariant(), m.Email.ToUpperInvariant())).ToArray();
        try
        {
            var matches = await matcher.MatchAsync(distinct, audience, sync, cancellationToken).ConfigureAwait(false);
            var results = await writer.WriteAsync(decider.Decide(matches, audience), cancellationToken).ConfigureAwait(false);
            foreach (var group in pulled.GroupBy<(WebhookEvent Event, PulledMember Member), WebhookEvent>(p => p.Event, ReferenceEqualityComparer.Instance))
            {
                var item = group.Key;
                var keys = group.Select(p => p.Member.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var mine = results.Where(r => keys.Contains(r.Change.Member.Email)).ToArray();
                var matched = matches.Any(m => keys.Contains(m.Member.Email) && !m.IsUnmatched);
                outcomes[item] = mine.FirstOrDefault(r => !r.Succeeded) is { } failed
                    ? new WebhookOutcome(item, WebhookOutcomeKind.Failed, mine.Length, failed.Error)
                    : new WebhookOutcome(item, mine.Length > 0 ? WebhookOutcomeKind.Applied : matched ? WebhookOutcomeKind.NoChange : WebhookOutcomeKind.Unmatched, mine.Length);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            foreach (var (item, _) in pulled)
            {
                outcomes[item] = new WebhookOutcome(item, WebhookOutcomeKind.Failed, Error: $"Applying the events of audience {audience.AudienceId} failed: {e.Message}");
            }
        }
    }
}
