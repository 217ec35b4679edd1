using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;

namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>
/// The pull's decision for matched members, shared by the scheduled pull and the webhook receiver so both apply the
/// same rules: an unmatched subscribed member may become a lead (<see cref="LeadRule"/>), every other match goes
/// through <see cref="ConsentRules"/>. Pure.
/// </summary>
/// <param name="options">The pull's options.</param>
/// <param name="sync">The job's options.</param>
public sealed class PullDecider(PullOptions options, SyncOptions sync)
{
    private readonly ConsentRules consent = new(options);
    private readonly LeadRule leads = new(options, sync);

    /// <summary>The changes for the matches, in match order.</summary>
    /// <param name="matches">The members and their records.</param>
    /// <param name="audience">Their audience.</param>
    /// <returns>The changes; matches with nothing to change give none.</returns>
    public IReadOnlyList<ConsentChange> Decide(IEnumerable<MemberMatch> matches, PullAudience audience)
    {
        ArgumentNullException.ThrowIfNull(matches);
        return matches.SelectMany(match => leads.Decide(match) is { } lead ? [lead] : consent.Decide(match, audience)).ToArray();
    }
}
