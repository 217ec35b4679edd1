using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Commands.Push;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Reconcile;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Drift;

/// <summary>
/// Prints the drift as tables, or with <c>--json</c> one object: <c>lists</c> (per synced list: <c>listId</c>,
/// <c>name</c>, <c>audienceId</c>, <c>target</c>, <c>crmOnly</c>, <c>mailchimpOnly</c>, <c>statusMismatch</c>,
/// <c>fieldMismatch</c>, <c>inSync</c>, <c>error</c> (why it could not be compared, or null), <c>corrections</c> (<c>join</c>, <c>leave</c>, <c>resend</c>, <c>leftAlone</c>),
/// <c>samples</c> (<c>kind</c>, <c>email</c>, <c>record</c>, <c>detail</c>)), <c>fix</c> (<c>asked</c>, <c>dryRun</c>,
/// <c>rowsQueued</c>, <c>errors</c>, <c>push</c>: the push's object, or null), <c>calls</c>, <c>exitCode</c>.
/// </summary>
public static class DriftReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where.</param>
    /// <param name="drift">What reconciliation found.</param>
    /// <param name="fix">What was asked to fix, and the push.</param>
    /// <param name="calls">The calls of the whole verb.</param>
    /// <param name="exitCode">The verb's exit code.</param>
    public static void Write(CommandOutput output, ReconcileResult drift, DriftFix fix, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(drift);
        ArgumentNullException.ThrowIfNull(fix);
        ArgumentNullException.ThrowIfNull(calls);
        if (output.Json)
        {
            output.WriteJson(Json(drift, fix, calls, exitCode));
            return;
        }

        var console = output.Console;
        if (drift.Drifts.Count == 0)
        {
            console.MarkupLine("No synced list (sync on, active, mapping complete).");
        }
        else
        {
            WriteText(console, drift, fix);
        }

        if (fix.Pushed is { } pushed)
        {
            PushReport.WritePush(console, pushed, calls);
        }
        else
        {
            console.MarkupLine($"Calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}.");
        }
    }

    private static void WriteText(IAnsiConsole console, ReconcileResult drift, DriftFix fix)
    {
        var table = new Table().Title("Drift per synced list").AddColumns("List", "Maps to", "CRM only", "Mailchimp only", "Status", "Fields", "In sync");
        foreach (var list in drift.Drifts)
        {
            table.AddRow(
                Markup.Escape(list.List.Name),
                Markup.Escape($"{list.List.Target} in {list.List.AudienceId}"),
                Number(list.CrmOnly),
                Number(list.MailchimpOnly),
                Number(list.StatusMismatch),
                Number(list.FieldMismatch),
                Number(list.InSync));
        }

        console.Write(table);
        var samples = drift.Drifts.SelectMany(d => d.Samples.Select(s => (d.List.Name, Sample: s))).ToArray();
        if (samples.Length > 0)
        {
            var examples = new Table().Title("Examples").AddColumns("List", "Difference", "Address", "Detail");
            foreach (var (name, sample) in samples)
            {
                examples.AddRow(Markup.Escape(name), sample.Kind.ToString(), Markup.Escape(sample.Email), Markup.Escape(sample.Detail));
            }

            console.Write(examples);
        }

        var join = drift.Drifts.Sum(d => d.ToJoin.Count);
        var leave = drift.Drifts.Sum(d => d.ToLeave.Count);
        var resend = drift.Drifts.Sum(d => d.ToResend.Count);
        var alone = drift.Drifts.Sum(d => d.Unresolved.Count);
        var corrections = $"{join} record(s) to join, {leave} to leave, {resend} to send again; {alone} Mailchimp address(es) left as they are";
        console.MarkupLine(Markup.Escape(!fix.Asked ? $"Corrections: {corrections}. Run with --fix to queue and push them."
            : fix.DryRun ? $"Dry run, nothing queued: {corrections}."
            : $"Queued {drift.RowsQueued} correction row(s): {corrections}."));
        foreach (var error in drift.Errors)
        {
            console.MarkupLine("[red]Error:[/] " + Markup.Escape(error));
        }
    }

    private static JsonObject Json(ReconcileResult drift, DriftFix fix, CallCounter calls, int exitCode) => new()
    {
        ["lists"] = JsonFields.Array(drift.Drifts, d => new JsonObject
        {
            ["listId"] = d.List.ListId,
            ["name"] = d.List.Name,
            ["audienceId"] = d.List.AudienceId,
            ["target"] = d.List.Target?.ToString(),
            ["crmOnly"] = d.CrmOnly,
            ["mailchimpOnly"] = d.MailchimpOnly,
            ["statusMismatch"] = d.StatusMismatch,
            ["fieldMismatch"] = d.FieldMismatch,
            ["inSync"] = d.InSync,
            ["error"] = d.Error,
            ["corrections"] = new JsonObject { ["join"] = d.ToJoin.Count, ["leave"] = d.ToLeave.Count, ["resend"] = d.ToResend.Count, ["leftAlone"] = d.Unresolved.Count },
            ["samples"] = JsonFields.Array(d.Samples, s => new JsonObject { ["kind"] = s.Kind.ToString(), ["email"] = s.Email, ["record"] = s.Record?.ToString(), ["detail"] = s.Detail }),
        }),
        ["fix"] = new JsonObject
        {
            ["asked"] = fix.Asked,
            ["dryRun"] = fix.DryRun,
            ["rowsQueued"] = drift.RowsQueued,
            ["errors"] = JsonFields.Strings(drift.Errors),
            ["push"] = fix.Pushed is { } pushed ? PushReport.Json(pushed, calls, exitCode) : null,
        },
        ["calls"] = JsonFields.Calls(calls),
        ["exitCode"] = exitCode,
    };

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
