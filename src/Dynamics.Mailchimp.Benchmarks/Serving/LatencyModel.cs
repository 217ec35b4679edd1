namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>A service's cost of one call: a fixed part plus a part per item the call carries.</summary>
/// <param name="PerCall">The fixed cost of every call.</param>
/// <param name="PerItem">The cost of each member in a batch (Mailchimp), or each operation in a <c>$batch</c> and each target of a bulk request such as <c>UpsertMultiple</c> (Dataverse).</param>
public sealed record LatencyModel(TimeSpan PerCall, TimeSpan PerItem)
{
    /// <summary>Mailchimp: 100 ms per call + 2 ms per member in a batch.</summary>
    public static LatencyModel Mailchimp { get; } = new(TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(2));

    /// <summary>Dataverse: 50 ms per call + 1 ms per operation in a <c>$batch</c> or target of a bulk request.</summary>
    public static LatencyModel Dataverse { get; } = new(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(1));

    /// <summary>The cost of one call carrying <paramref name="items"/> items.</summary>
    /// <param name="items">The number of items.</param>
    /// <returns>The delay.</returns>
    public TimeSpan Cost(int items) => PerCall + (PerItem * items);
}
