using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Serve;

/// <summary>What <c>dmc serve</c> prints when it stops: the deliveries per outcome and the calls it made.</summary>
public static class ServeReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="tally">The answers.</param>
    /// <param name="batches">How many batches were applied.</param>
    /// <param name="calls">The calls made.</param>
    public static void Write(CommandOutput output, ServeTally tally, int batches, CallCounter calls)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(calls);
        var counts = tally.Snapshot();
        if (output.Json)
        {
            output.WriteJson(new JsonObject { ["served"] = JsonFields.Counts(counts), ["batches"] = batches, ["calls"] = JsonFields.Calls(calls), ["exitCode"] = ExitCodes.Success });
            return;
        }

        var table = new Table().AddColumn("Delivery outcome").AddColumn(new TableColumn("Count").RightAligned());
        foreach (var (name, count) in counts)
        {
            table.AddRow(Markup.Escape(name), count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        output.Console.Write(table);
        output.Console.MarkupLine($"Stopped. {counts.Values.Sum()} deliveries in {batches} batches; calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}.");
    }
}
