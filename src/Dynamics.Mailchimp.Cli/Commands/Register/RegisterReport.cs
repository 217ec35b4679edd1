using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>
/// Prints what <c>register</c> did, one line per differing row (<c>create</c> or <c>update</c>, the entity set, the id, the
/// name and the properties), or with <c>--json</c> one object: <c>rows</c>, <c>unchanged</c>, <c>created</c>,
/// <c>updated</c>, <c>failed</c>, <c>differences</c>, <c>dryRun</c>, <c>calls</c>, <c>exitCode</c>.
/// </summary>
public static class RegisterReport
{
    /// <summary>Writes the result.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The outcome.</param>
    /// <param name="calls">The requests made.</param>
    /// <param name="exitCode">The exit code the verb returns.</param>
    public static void Write(CommandOutput output, RegisterResult result, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(calls);
        var created = result.Rows.Count(r => r.Kind == RowChangeKind.Create);
        var updated = result.Rows.Count(r => r.Kind == RowChangeKind.Update);
        if (output.Json)
        {
            output.WriteJson(new JsonObject
            {
                ["rows"] = result.Rows.Count,
                ["unchanged"] = result.Rows.Count - created - updated,
                ["created"] = created,
                ["updated"] = updated,
                ["failed"] = result.Failures.Count,
                ["differences"] = JsonFields.Array(result.Differences, d => new JsonObject
                {
                    ["kind"] = d.Kind.ToString().ToLowerInvariant(), ["entitySet"] = d.EntitySet, ["id"] = d.Id, ["name"] = d.Label, ["fields"] = JsonFields.Strings(d.Fields), ["error"] = d.Error,
                }),
                ["dryRun"] = result.DryRun,
                ["calls"] = new JsonObject { ["dataverse"] = calls.Dataverse },
                ["exitCode"] = exitCode,
            });
            return;
        }

        var console = output.Console;
        foreach (var row in result.Differences)
        {
            var verb = row.Kind == RowChangeKind.Create ? "create" : "update";
            var line = $"{verb} {row.EntitySet}({row.Id:D}) {row.Label}: {string.Join(", ", row.Fields)}";
            console.MarkupLine(row.Error is null ? Markup.Escape(line) : "[red]Failed:[/] " + Markup.Escape(line + " — " + row.Error));
        }

        console.MarkupLine(result.DryRun
            ? $"Dry run: {created} row(s) to create, {updated} to update, {result.Rows.Count - created - updated} as declared; nothing written."
            : $"Registered: {created} row(s) created, {updated} updated, {result.Rows.Count - created - updated} already as declared, {result.Failures.Count} failed.");
        console.MarkupLine($"Calls: Dataverse {calls.Dataverse}.");
    }
}
