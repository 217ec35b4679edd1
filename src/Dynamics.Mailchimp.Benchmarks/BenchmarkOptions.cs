using System.Globalization;

namespace Dynamics.Mailchimp.Benchmarks;

/// <summary>The orchestrator's flags: <c>--n N</c> (repeatable), <c>--json</c>, <c>--baseline-sample S</c>.</summary>
/// <param name="Sizes">The sizes, in order.</param>
/// <param name="Json">Print a JSON array instead of the tables.</param>
/// <param name="BaselineSample">The most changes the baseline pushes per size (the ratio is per change).</param>
public sealed record BenchmarkOptions(IReadOnlyList<int> Sizes, bool Json, int BaselineSample)
{
    /// <summary>The baseline's default sample.</summary>
    public const int DefaultBaselineSample = 10_000;

    /// <summary>Parses the flags.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">A flag is unknown or its value is not a positive number.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sizes = new List<int>();
        var json = false;
        var sample = DefaultBaselineSample;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--n":
                    sizes.Add(Positive(args, ++i, "--n"));
                    break;
                case "--baseline-sample":
                    sample = Positive(args, ++i, "--baseline-sample");
                    break;
                case "--json":
                    json = true;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Use --n N (repeatable), --baseline-sample S, --json.");
            }
        }

        return new BenchmarkOptions(sizes.Count == 0 ? [10_000] : sizes, json, sample);
    }

    private static int Positive(IReadOnlyList<string> args, int index, string flag) =>
        index < args.Count && int.TryParse(args[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : throw new ArgumentException($"{flag} needs a positive whole number.");
}
