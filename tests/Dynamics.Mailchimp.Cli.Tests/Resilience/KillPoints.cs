namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// Seeded kill points for the kill test, spread over the whole queue: each rerun's point is a request count at one
/// sandbox, drawn so that the reruns still to come reach most of the way into the queue the kills still to make must cover.
/// </summary>
/// <remarks>
/// An uninterrupted push of the test's queue makes, per cycle, 7 Dataverse requests (the queue page, then six
/// <c>$batch</c> calls: lists, memberships, audience settings, records, records sharing an address, the outcomes) and
/// 1 or 2 Mailchimp requests (one batch subscribe per 500 members; the audience size is not read, as the rail cannot
/// trip), after 2 Dataverse requests for the lease. A point <c>x</c> cycles into the rerun is the request at that
/// offset, counting the Mailchimp requests with their lower bound of 1 a cycle, so that a point never lies past the end
/// of the queue; <c>x</c> stays in the first half of the last cycle left.
/// </remarks>
internal sealed class KillPoints(int seed, int rowsPerCycle)
{
    private const int MailchimpRequestsPerCycle = 1;
    private const int DataverseRequestsPerCycle = 7;
    private const int MinDataverseRequestsPerCycle = 4;
    private const int DataverseRequestsAtStart = 2;

    private readonly Random _random = new(seed);

    /// <summary>The next kill point.</summary>
    /// <param name="pendingRows">The queue rows still pending.</param>
    /// <param name="killsLeft">The kills still to make, at least 1.</param>
    /// <returns>The point.</returns>
    public KillPoint Next(int pendingRows, int killsLeft)
    {
        var cyclesLeft = (pendingRows + rowsPerCycle - 1) / rowsPerCycle;

        // floor(x) cycles are recorded before the kill: on average (span - 1) / 2, three quarters of the share of the kills
        // left (about half that at Mailchimp, where a full cycle makes two requests, not the one counted). A cycle can make
        // fewer Dataverse requests than counted here (a rerun after a kill, a cycle with nobody sharing an address: 5 in
        // the queue's tail), and a point counted at 7 once drained the queue before the 20th kill. So while other kills
        // are to come a point stays in the first half of what is left, and no Dataverse point lies past the last cycle
        // even if every cycle left makes only MinDataverseRequestsPerCycle requests.
        var span = killsLeft > 1 ? Math.Min((1.5 * cyclesLeft / killsLeft) + 1, cyclesLeft / 2.0) : cyclesLeft - 0.5;
        var cycles = _random.NextDouble() * span;
        var atMailchimp = _random.Next(2) == 0;
        var request = atMailchimp
            ? (int)(cycles * MailchimpRequestsPerCycle) + 1
            : Math.Min(DataverseRequestsAtStart + (int)(cycles * DataverseRequestsPerCycle) + 1, DataverseRequestsAtStart + ((cyclesLeft - 1) * MinDataverseRequestsPerCycle) + 1);
        return new KillPoint(atMailchimp, request, cycles);
    }
}
