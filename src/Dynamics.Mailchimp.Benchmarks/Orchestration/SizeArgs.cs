using System.Globalization;

namespace Dynamics.Mailchimp.Benchmarks.Orchestration;

/// <summary>The arguments of a benchmark mode: <c>FLAG N</c> (repeatable, a positive whole number) and <c>--json</c>.</summary>
/// <param name="Sizes">The sizes, in order.</param>
/// <param name="Json">Print JSON instead of the table.</param>
public sealed record SizeArgs(IReadOnlyList<int> Sizes, bool Json)
{
    /// <summary>Parses the arguments.</summary>
    /// <param name="args">The orchestrator's arguments.</param>
    /// <param name="flag">The mode's flag, e.g. <c>--activity</c>.</param>
    /// <returns>The sizes and the JSON switch, or <see langword="null"/> when an argument is unknown or a size is not a positive number.</returns>
    public static SizeArgs? Parse(IReadOnlyList<string> args, string flag)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sizes = new List<int>();
        var json = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--json")
            {
                json = true;
            }
            else if (args[i] == flag && i + 1 < args.Count && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                sizes.Add(n);
            }
            else
            {
                return null;
            }
        }

        return new SizeArgs(sizes, json);
    }
}
