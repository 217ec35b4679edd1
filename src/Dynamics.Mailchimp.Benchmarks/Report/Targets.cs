using Dynamics.Mailchimp.Benchmarks.Orchestration;

namespace Dynamics.Mailchimp.Benchmarks.Report;

/// <summary>Issue 9's targets for one size (one audience, no tag changes in this data).</summary>
public static class Targets
{
    /// <summary>Mailchimp: ceil(N/500) for the audience's member data.</summary>
    /// <param name="n">The changes.</param>
    /// <returns>The most calls.</returns>
    public static long MailchimpCalls(int n) => LowerBound.Ceiling(n, 500);

    /// <summary>Dataverse: 3 × ceil(N/1000) + ceil(N/5000) + 10.</summary>
    /// <param name="n">The changes.</param>
    /// <returns>The most calls.</returns>
    public static long DataverseCalls(int n) => (3 * LowerBound.Ceiling(n, 1000)) + LowerBound.Ceiling(n, 5000) + 10;

    /// <summary>The checks for one result, as (name, target, met).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The checks that apply at its size.</returns>
    public static IEnumerable<(string Name, string Target, bool Met)> Check(SizeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var n = result.Detail.QueuedChanges;
        yield return ("Mailchimp calls", $"≤ {MailchimpCalls(n)}", result.MailchimpCalls <= MailchimpCalls(n));
        yield return ("Dataverse calls", $"≤ {DataverseCalls(n)}", result.DataverseCalls <= DataverseCalls(n));
        yield return ("Within 2× lower bound", $"≤ {2 * result.LowerBoundSeconds:0.00} s", result.WallSeconds <= 2 * result.LowerBoundSeconds);
        if (result.N >= 10_000)
        {
            yield return ("Baseline ratio", "≥ 30×", result.BaselineRatio >= 30);
        }

        if (result.N >= 100_000)
        {
            yield return ("Peak memory", "< 200 MB", result.PeakMemoryMb < 200);
        }
    }
}
