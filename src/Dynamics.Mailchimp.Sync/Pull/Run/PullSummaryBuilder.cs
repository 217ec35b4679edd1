using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Record;

namespace Dynamics.Mailchimp.Sync.Pull.Run;

/// <summary>Adds up a pull run page by page.</summary>
internal sealed class PullSummaryBuilder
{
    private const int ExamplesKept = 20;
    private readonly Dictionary<string, int> counts = PullCounts.All.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
    private readonly List<string> failures = [];
    private readonly List<string> unmatched = [];
    private readonly Dictionary<string, DateTimeOffset?> checkpoints = new(StringComparer.Ordinal);

    // One short string per distinct member of the run: about 100 bytes each, 10 MB for 100,000 members.
    private readonly HashSet<string> distinct = new(StringComparer.Ordinal);

    public void AddMatches(IReadOnlyList<MemberMatch> matches)
    {
        counts[PullCounts.Members] += matches.Count;
        foreach (var match in matches)
        {
            distinct.Add(match.Member.AudienceId + "/" + match.Member.MemberId);
        }

        counts[PullCounts.DistinctMembers] = distinct.Count;
        foreach (var match in matches.Where(m => m.IsUnmatched))
        {
            counts[PullCounts.Unmatched]++;
            if (unmatched.Count < ExamplesKept)
            {
                unmatched.Add(match.Member.ToString());
            }
        }
    }

    /// <summary>Counts changes: all of them in a dry run (planned), otherwise those committed.</summary>
    public void AddChanges(IReadOnlyList<ConsentWriteResult> results)
    {
        foreach (var result in results)
        {
            if (!result.Succeeded)
            {
                counts[PullCounts.Failed]++;
                failures.Add(result.Error!);
                continue;
            }

            var change = result.Change;
            counts[Key(change.Kind)]++;
            counts[PullCounts.ListsLeft] += change.LeaveLists.Count;
            counts[PullCounts.ConsentEvents] += change.Events.Count;
        }
    }

    public void AddFailure(string failure) => failures.Add(failure);

    public void SetCheckpoint(string audienceId, DateTimeOffset? value) => checkpoints[audienceId] = value;

    public PullSummary Build(bool stopped, bool dryRun, LeaseHolder? heldBy = null, bool lostLease = false) => new()
    {
        Counts = new Dictionary<string, int>(counts, StringComparer.Ordinal),
        Failures = failures.ToArray(),
        UnmatchedExamples = unmatched.ToArray(),
        Checkpoints = new Dictionary<string, DateTimeOffset?>(checkpoints, StringComparer.Ordinal),
        LeaseHeldBy = heldBy,
        LeaseLost = lostLease,
        Stopped = stopped,
        DryRun = dryRun,
    };

    private static string Key(ConsentChangeKind kind) => kind switch
    {
        ConsentChangeKind.Unsubscribed => PullCounts.Unsubscribed,
        ConsentChangeKind.Cleaned => PullCounts.Cleaned,
        ConsentChangeKind.Resubscribed => PullCounts.Resubscribed,
        ConsentChangeKind.Archived => PullCounts.Archived,
        ConsentChangeKind.LeadCreated => PullCounts.LeadsCreated,
        _ => PullCounts.StatusOnly,
    };
}
