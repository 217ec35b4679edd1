using Dynamics.Mailchimp.Benchmarks.Serving;

namespace Dynamics.Mailchimp.Benchmarks.Orchestration;

/// <summary>
/// The fastest the latency model allows for pushing <c>n</c> new members of one audience with 10 connections per
/// service: the work the engine cannot avoid, spread over 10 connections, on the busier of the two services.
/// Mailchimp: ceil(n/500) batch subscribes (100 ms each) + 2 ms per member. Dataverse: 3 × ceil(n/1000) + ceil(n/5000)
/// calls (50 ms each: the target's budget less its slack of 10) + 1 ms per <c>$batch</c> operation that cannot be avoided:
/// one per record (its member id and status) and one per queue row (its outcome; the seed's rows carry 1,000 members).
/// Nor can it beat its critical path: read the queue, read the records, one batch subscribe, one outcome <c>$batch</c>.
/// </summary>
public static class LowerBound
{
    /// <summary>Members per batch subscribe.</summary>
    public const int MailchimpBatch = 500;

    /// <summary>The bound, in seconds.</summary>
    /// <param name="n">The changes.</param>
    /// <param name="connections">Connections per service.</param>
    /// <returns>Seconds.</returns>
    public static double Seconds(int n, int connections)
    {
        var mailchimpCalls = Ceiling(n, MailchimpBatch);
        var mailchimp = (mailchimpCalls * LatencyModel.Mailchimp.PerCall.TotalSeconds) + (n * LatencyModel.Mailchimp.PerItem.TotalSeconds);
        var dataverseCalls = (3 * Ceiling(n, 1000)) + Ceiling(n, 5000);
        var records = Ceiling(n, 1000);
        var dataverse = (dataverseCalls * LatencyModel.Dataverse.PerCall.TotalSeconds) + ((n + records) * LatencyModel.Dataverse.PerItem.TotalSeconds);
        var chain = (2 * LatencyModel.Dataverse.PerCall.TotalSeconds)
            + LatencyModel.Mailchimp.Cost(Math.Min(n, MailchimpBatch)).TotalSeconds
            + LatencyModel.Dataverse.Cost(Math.Min(n + (int)records, 1000)).TotalSeconds;
        return Math.Max(Math.Max(mailchimp, dataverse) / connections, chain);
    }

    /// <summary>ceil(a / b).</summary>
    /// <param name="a">The dividend.</param>
    /// <param name="b">The divisor.</param>
    /// <returns>The rounded-up quotient.</returns>
    public static long Ceiling(long a, long b) => (a + b - 1) / b;
}
