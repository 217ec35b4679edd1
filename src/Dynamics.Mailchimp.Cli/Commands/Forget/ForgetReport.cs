using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Forget;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Forget;

/// <summary>
/// Prints what <c>forget</c> did, naming the address by its hash only; with <c>--json</c> one object:
/// <c>addressHash</c>, <c>dryRun</c>, <c>nothingChanged</c> (already forgotten), <c>audiences</c> (<c>audience</c>,
/// <c>outcome</c>: <c>erased</c>, <c>notAMember</c>, <c>wouldChange</c>, <c>failed</c>), <c>cleared</c>
/// (<c>queueRows</c>, <c>consentEvents</c>, <c>records</c>; in a dry run what would be), <c>audit</c> (<c>outcome</c>,
/// <c>id</c>, or null), <c>failures</c>, <c>items</c> (<c>target</c>, <c>id</c>, <c>outcome</c>, <c>detail</c>),
/// <c>calls</c> (<c>mailchimp</c>, <c>dataverse</c>), <c>exitCode</c>.
/// </summary>
public static class ForgetReport
{
    /// <summary>Writes the result.</summary>
    /// <param name="output">Where.</param>
    /// <param name="result">What the erasure did.</param>
    /// <param name="calls">The calls made.</param>
    /// <param name="exitCode">The exit code.</param>
    public static void Write(CommandOutput output, ForgetResult result, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(calls);
        var changed = result.DryRun ? ForgetOutcome.WouldChange : ForgetOutcome.Cleared;
        var failures = result.Items.Where(i => i.Outcome is ForgetOutcome.Failed or ForgetOutcome.ChangedMeanwhile).Select(i => i.Detail ?? i.Id).ToArray();
        var audit = result.Items.FirstOrDefault(i => i.Target == ForgetTarget.Audit);
        if (output.Json)
        {
            output.WriteJson(new JsonObject
            {
                ["addressHash"] = result.AddressHash,
                ["dryRun"] = result.DryRun,
                ["nothingChanged"] = result.NothingChanged,
                ["audiences"] = JsonFields.Array(result.Items.Where(i => i.Target == ForgetTarget.Audience), i => new JsonObject { ["audience"] = i.Id, ["outcome"] = Name(i.Outcome) }),
                ["cleared"] = new JsonObject
                {
                    ["queueRows"] = result.Count(ForgetTarget.QueueRow, changed),
                    ["consentEvents"] = result.Count(ForgetTarget.ConsentEvent, changed),
                    ["emailActivities"] = result.Count(ForgetTarget.EmailActivity, changed),
                    ["records"] = result.Count(ForgetTarget.Record, changed),
                },
                ["audit"] = audit is null ? null : new JsonObject { ["outcome"] = Name(audit.Outcome), ["id"] = audit.Id },
                ["failures"] = JsonFields.Strings(failures),
                ["items"] = JsonFields.Array(result.Items, i => new JsonObject { ["target"] = Name(i.Target), ["id"] = i.Id, ["outcome"] = Name(i.Outcome), ["detail"] = i.Detail }),
                ["calls"] = JsonFields.Calls(calls),
                ["exitCode"] = exitCode,
            });
            return;
        }

        WriteText(output.Console, result, changed, failures, calls);
    }

    private static void WriteText(IAnsiConsole console, ForgetResult result, ForgetOutcome changed, IReadOnlyList<string> failures, CallCounter calls)
    {
        var hash = Markup.Escape(result.AddressHash);
        if (result.NothingChanged && failures.Count == 0)
        {
            console.MarkupLine($"Nothing to erase: {hash} is already forgotten (no member in any mapped audience, no copy left in Dataverse); nothing written.");
        }
        else
        {
            console.MarkupLine(result.DryRun ? $"Dry run for {hash}: nothing deleted or written." : $"Erased {hash}.");
            foreach (var audience in result.Items.Where(i => i.Target == ForgetTarget.Audience))
            {
                console.MarkupLine($"  Mailchimp audience {Markup.Escape(audience.Id)}: {Describe(audience.Outcome)}");
            }

            console.MarkupLine(
                $"  Dataverse: {(result.DryRun ? "would clear" : "cleared")} {result.Count(ForgetTarget.QueueRow, changed)} queue row(s), {result.Count(ForgetTarget.ConsentEvent, changed)} consent log row(s), " +
                $"{result.Count(ForgetTarget.EmailActivity, changed)} email activity row(s), " +
                $"the Mailchimp id and status of {result.Count(ForgetTarget.Record, changed)} record(s) (now Deleted); the CRM records themselves are kept.");
            if (result.Items.FirstOrDefault(i => i.Target == ForgetTarget.Audit) is { } audit)
            {
                console.MarkupLine($"  Audit row: {Describe(audit.Outcome)} ({Markup.Escape(audit.Id)}), keeping only the hash.");
            }
        }

        foreach (var failure in failures)
        {
            console.MarkupLine("[red]Failed:[/] " + Markup.Escape(failure));
        }

        console.MarkupLine($"Calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}.");
    }

    private static string Describe(ForgetOutcome outcome) => outcome switch
    {
        ForgetOutcome.Erased => "permanently deleted",
        ForgetOutcome.NotAMember => "not a member (nothing to delete)",
        ForgetOutcome.WouldChange => "would change",
        ForgetOutcome.Written => "written",
        ForgetOutcome.Cleared => "cleared",
        ForgetOutcome.ChangedMeanwhile => "changed meanwhile",
        _ => "failed",
    };

    private static string Name<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
