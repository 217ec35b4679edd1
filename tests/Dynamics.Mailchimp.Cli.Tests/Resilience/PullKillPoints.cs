namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Seeded kill points for the pull kill test. While the member statuses are not all committed, a point is drawn among the
/// status pull's requests (lease, pages read, records matched, consent written, checkpoint written), each a few requests
/// into the run, so that every rerun moves about a page further and the kills spread over the whole status pull; then
/// among the campaign and activity requests (writes weighted double), which a rerun repeats until a campaign's
/// checkpoint is written. Each phase's kinds are drawn as from a bag: all once, in a seeded order, then again.
/// </summary>
/// <remarks>
/// The counts are bounded below what one run makes of each kind while there is work left (a page of 200 members costs
/// one read, two match reads, one consent write and a checkpoint). A status point whose work ran out lands at the
/// campaigns read instead. The activity points all come before the last <c>$batch</c>, which carries the large
/// campaign's checkpoint (every run reads 3 report pages and both unsubscribe reports, matches each chunk of 500
/// events, writes at least 2 batches of rows and then the small campaign's checkpoint before it), so the kills fall
/// inside the import and only the clean run completes it. A point past the end of its run would end that run cleanly,
/// which is logged, and the next run draws again.
/// </remarks>
/// <param name="seed">The seed.</param>
internal sealed class PullKillPoints(int seed)
{
    private static readonly (PullRequestKind Kind, int Max)[] StatusPoints =
    [
        (PullRequestKind.LeaseWrite, 1),
        (PullRequestKind.StatusRead, 3),
        (PullRequestKind.MatchRead, 5),
        (PullRequestKind.ConsentWrite, 4),
        (PullRequestKind.MemberCheckpointWrite, 3),
    ];

    private static readonly (PullRequestKind Kind, int Max)[] ActivityPoints =
    [
        (PullRequestKind.CampaignsRead, 1),
        (PullRequestKind.ActivityRead, 3),
        (PullRequestKind.UnsubscribesRead, 2),
        (PullRequestKind.MatchRead, 4),
        (PullRequestKind.ActivityWrite, 2),
        (PullRequestKind.ActivityWrite, 2),
        (PullRequestKind.ActivityCheckpointWrite, 1),
    ];

    private readonly Random _random = new(seed);
    private readonly Queue<(PullRequestKind Kind, int Max)> _statusBag = new();
    private readonly Queue<(PullRequestKind Kind, int Max)> _activityBag = new();

    /// <summary>The next kill point.</summary>
    /// <param name="statusesLeft">Whether some member status change is not committed yet.</param>
    /// <returns>The point.</returns>
    public PullKillPoint Next(bool statusesLeft)
    {
        var (kind, max) = Draw(statusesLeft ? _statusBag : _activityBag, statusesLeft ? StatusPoints : ActivityPoints);
        return new PullKillPoint(kind, _random.Next(1, max + 1), statusesLeft ? PullRequestKind.CampaignsRead : null);
    }

    // Every kind of the phase once, in a seeded order, before any kind comes again: each is killed after at least once.
    private (PullRequestKind Kind, int Max) Draw(Queue<(PullRequestKind Kind, int Max)> bag, (PullRequestKind Kind, int Max)[] points)
    {
        if (bag.Count == 0)
        {
            var shuffled = points.ToArray();
            _random.Shuffle(shuffled);
            foreach (var point in shuffled)
            {
                bag.Enqueue(point);
            }
        }

        return bag.Dequeue();
    }
}
