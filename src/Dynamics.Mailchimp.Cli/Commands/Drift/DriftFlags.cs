using System.CommandLine;

namespace Dynamics.Mailchimp.Cli.Commands.Drift;

/// <summary>The flags of <c>drift</c>.</summary>
public static class DriftFlags
{
    /// <summary><c>--fix</c>: queue the corrections and push them.</summary>
    public static readonly Option<bool> Fix = new("--fix")
    {
        Description = "Queue the corrections and push them through the normal engine: same rules (nobody unsubscribed is re-subscribed), same mass-removal rail.",
    };

    /// <summary><c>--dry-run</c>: with <c>--fix</c>, say what would be queued and write nothing.</summary>
    public static readonly Option<bool> DryRun = new("--dry-run") { Description = "With --fix: say what would be queued, and write nothing." };

    /// <summary><c>--sample N</c>: examples per kind of difference and list.</summary>
    public static readonly Option<int?> Sample = CreateSample();

    // The validator is added once, with the option: the option is shared by every command line built in the process.
    private static Option<int?> CreateSample()
    {
        var sample = new Option<int?>("--sample") { Description = "Examples shown per kind of difference and list (0–100; default Sync:Reconcile:SampleSize, 5).", HelpName = "N" };
        sample.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value and (< 0 or > 100))
            {
                result.AddError($"--sample must be between 0 and 100; got {value}.");
            }
        });
        return sample;
    }
}
