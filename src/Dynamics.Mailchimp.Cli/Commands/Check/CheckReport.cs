using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Check;

/// <summary>Prints the check results as a table, or as <c>{"checks":[…],"calls":{…},"exitCode":n}</c> with <c>--json</c>.</summary>
public static class CheckReport
{
    /// <summary>Writes the results.</summary>
    public static void Write(CommandOutput output, IReadOnlyList<CheckResult> results, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(calls);
        if (output.Json)
        {
            output.WriteJson(new JsonObject
            {
                ["checks"] = JsonFields.Array(results, r => new JsonObject { ["name"] = r.Name, ["passed"] = r.Passed, ["detail"] = r.Detail }),
                ["calls"] = JsonFields.Calls(calls),
                ["exitCode"] = exitCode,
            });
            return;
        }

        var table = new Table().AddColumns("Check", "Result", "Detail");
        foreach (var result in results)
        {
            table.AddRow(
                Markup.Escape(result.Name),
                result.Passed ? "[green]ok[/]" : "[red]failed[/]",
                Markup.Escape(result.Detail));
        }

        output.Console.Write(table);
    }
}
