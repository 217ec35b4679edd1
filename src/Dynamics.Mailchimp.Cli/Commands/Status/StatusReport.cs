using System.Globalization;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Plugins.Names;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Status;

/// <summary>
/// Prints the status as tables, or with <c>--json</c> one object: <c>queue</c> (rows per state), <c>total</c>,
/// <c>failures</c> (<c>id</c>, <c>name</c>, <c>kind</c>, <c>record</c>, <c>attempts</c>, <c>error</c>, <c>modifiedOn</c>),
/// <c>lease</c> (<c>holder</c>, <c>expiresOn</c>, <c>held</c>; null before the first push), <c>checkpoints</c>
/// (<c>name</c>, <c>value</c>, <c>modifiedOn</c>), <c>calls</c> (<c>mailchimp</c>, <c>dataverse</c>), <c>exitCode</c>.
/// </summary>
public static class StatusReport
{
    /// <summary>Writes the snapshot.</summary>
    public static void Write(CommandOutput output, StatusSnapshot snapshot, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(calls);
        if (output.Json)
        {
            output.WriteJson(Json(snapshot, calls, exitCode));
            return;
        }

        var console = output.Console;
        var queue = new Table().Title("Queue rows").AddColumns("State", "Rows");
        foreach (var (state, count) in snapshot.Counts)
        {
            queue.AddRow(Markup.Escape(state), Number(count));
        }

        queue.AddRow("[bold]Total[/]", Number(snapshot.Total));
        console.Write(queue);
        WriteFailures(console, snapshot);
        console.MarkupLine(LeaseLine(snapshot));
        var checkpoints = snapshot.Checkpoints.ToList();
        if (checkpoints.Count == 0)
        {
            console.MarkupLine("Checkpoints: none yet.");
        }
        else
        {
            var table = new Table().Title("Checkpoints").AddColumns("Name", "Value", "Changed");
            foreach (var row in checkpoints)
            {
                table.AddRow(Markup.Escape(row.Name), Markup.Escape(row.Value ?? string.Empty), Markup.Escape(row.ModifiedOn?.ToString("u", CultureInfo.InvariantCulture) ?? string.Empty));
            }

            console.Write(table);
        }

        console.MarkupLine($"Calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}.");
    }

    private static void WriteFailures(IAnsiConsole console, StatusSnapshot snapshot)
    {
        if (snapshot.Failures.Count == 0)
        {
            console.MarkupLine("No failed rows.");
            return;
        }

        var failed = snapshot.Counts.GetValueOrDefault(nameof(QueueItemStates.Failed));
        var table = new Table().Title($"Failed rows ({snapshot.Failures.Count} of {failed}, most recent first)").AddColumns("Changed", "Row", "Kind", "Record", "Attempts", "Last error");
        foreach (var row in snapshot.Failures)
        {
            table.AddRow(
                Markup.Escape(row.ModifiedOn?.ToString("u", CultureInfo.InvariantCulture) ?? string.Empty),
                Markup.Escape(row.Name ?? row.Id.ToString("D")),
                Markup.Escape(row.Kind),
                Markup.Escape(row.Record),
                Number(row.Attempts),
                Markup.Escape(row.Error ?? string.Empty));
        }

        console.Write(table);
        console.MarkupLine("Put them back in the queue with [bold]dmc retry[/] (see [bold]dmc retry --help[/]).");
    }

    private static string LeaseLine(StatusSnapshot snapshot) => snapshot.Lease switch
    {
        null => "Push lease: never taken (no push has run).",
        { } lease when lease.IsHeld(snapshot.Now) => $"Push lease: held by [bold]{Markup.Escape(lease.Holder!)}[/] until {lease.ExpiresOn:u}.",
        { Holder: { Length: > 0 } holder } lease => $"Push lease: free (last holder {Markup.Escape(holder)}, expired {lease.ExpiresOn:u}).",
        _ => "Push lease: free.",
    };

    private static JsonObject Json(StatusSnapshot snapshot, CallCounter calls, int exitCode) => new()
    {
        ["queue"] = JsonFields.Counts(snapshot.Counts),
        ["total"] = snapshot.Total,
        ["failures"] = JsonFields.Array(snapshot.Failures, f => new JsonObject
        {
            ["id"] = f.Id, ["name"] = f.Name, ["kind"] = f.Kind, ["record"] = f.Record, ["attempts"] = f.Attempts, ["error"] = f.Error, ["modifiedOn"] = f.ModifiedOn,
        }),
        ["lease"] = snapshot.Lease is { } lease ? new JsonObject { ["holder"] = lease.Holder, ["expiresOn"] = lease.ExpiresOn, ["held"] = lease.IsHeld(snapshot.Now) } : null,
        ["checkpoints"] = JsonFields.Array(snapshot.Checkpoints, c => new JsonObject { ["name"] = c.Name, ["value"] = c.Value, ["modifiedOn"] = c.ModifiedOn }),
        ["calls"] = JsonFields.Calls(calls),
        ["exitCode"] = exitCode,
    };

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
