namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>
/// How <see cref="OutcomeStream"/> writes a cycle's last answers. While more plans are unanswered than the executor has
/// in flight at once, answered parts go out in whole requests (they overlap the sending that is left). Once only the
/// last round is in flight, answers go out in writes of <see cref="RoundWrite"/> operations (the last round's share of
/// one connection) as soon as they fill one, and when the last answer is in, what is left is spread over parallel
/// writes: a request's cost grows with its operations, so the cycle ends one short write after Mailchimp's last answer
/// instead of one full one (at 5,000 members in a round: ten writes of 500 instead of five of 1,000), and the answers of
/// a round that comes in over time are written as they come.
/// </summary>
/// <param name="LastRoundPlans">
/// The most plans the executor has in flight at once (its connections × the members of one batch subscribe); once no more
/// than these are unanswered, answers are held.
/// </param>
/// <param name="ParallelWrites">The writes Dataverse takes at once (the client's concurrent requests): the held outcomes are spread over at most these.</param>
/// <param name="MinOperations">The fewest operations a spread write carries, so a small rest is not split into many calls.</param>
public sealed record OutcomeTail(int LastRoundPlans, int ParallelWrites, int MinOperations = OutcomeTail.DefaultMinOperations)
{
    /// <summary>The default of <see cref="MinOperations"/>.</summary>
    public const int DefaultMinOperations = 250;

    /// <summary>Gets the operations of one write during the last round: its plans spread over the parallel writes, at least <see cref="MinOperations"/>.</summary>
    public int RoundWrite => Math.Max(Math.Max(MinOperations, 1), LastRoundPlans / Math.Max(ParallelWrites, 1));

    /// <summary>How many writes carry <paramref name="operations"/> held operations.</summary>
    /// <param name="operations">The operations held.</param>
    /// <param name="batchOperations">The most operations one request carries.</param>
    /// <param name="writesInFlight">
    /// The cycle's writes still in flight: a write beyond the connections left would only wait for one of them, so the
    /// operations are spread over those left (at least one), where one longer write ends sooner than two short ones.
    /// </param>
    /// <returns>The number of writes, at least one.</returns>
    public int Writes(int operations, int batchOperations, int writesInFlight = 0)
    {
        var free = Math.Max(ParallelWrites - Math.Max(writesInFlight, 0), 1);
        var spread = Math.Clamp((operations + MinOperations - 1) / Math.Max(MinOperations, 1), 1, free);
        return Math.Max(spread, (operations + batchOperations - 1) / batchOperations);
    }
}
