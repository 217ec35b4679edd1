using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Retry;

/// <summary>
/// Prints what <c>retry</c> did, or with <c>--json</c> one object: <c>matched</c>, <c>requeued</c>, <c>changed</c>,
/// <c>failed</c>, <c>failures</c>, <c>dryRun</c>, <c>calls</c> (<c>mailchimp</c>, <c>dataverse</c>), <c>exitCode</c>.
/// </summary>
public static class RetryReport
{
    private const int FailuresShown = 20;

    /// <summary>Writes the result.</summary>
    public static void Write(CommandOutput output, RetryResult result, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(calls);
        if (output.Json)
        {
            output.WriteJson(new JsonObject
            {
                ["matched"] = result.Matched,
                ["requeued"] = result.Requeued,
                ["changed"] = result.Changed,
                ["failed"] = result.Failures.Count,
                ["failures"] = JsonFields.Strings(result.Failures),
                ["dryRun"] = result.DryRun,
                ["calls"] = JsonFields.Calls(calls),
                ["exitCode"] = exitCode,
            });
            return;
        }

        var console = output.Console;
        console.MarkupLine(result.DryRun
            ? $"Dry run: {result.Matched} failed row(s) would go back to the queue; nothing written."
            : $"Re-queued {result.Requeued} of {result.Matched} failed row(s); the next push takes them.");
        if (result.Changed > 0)
        {
            console.MarkupLine($"{result.Changed} row(s) changed meanwhile (a push recorded them) and were left as they are.");
        }

        foreach (var failure in result.Failures.Take(FailuresShown))
        {
            console.MarkupLine("[red]Failed:[/] " + Markup.Escape(failure));
        }

        if (result.Failures.Count > FailuresShown)
        {
            console.MarkupLine($"… and {result.Failures.Count - FailuresShown} more.");
        }

        console.MarkupLine($"Calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}.");
    }
}
