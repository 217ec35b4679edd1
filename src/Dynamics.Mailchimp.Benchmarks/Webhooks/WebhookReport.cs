using System.Globalization;
using System.Net;
using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Webhooks;

/// <summary>Prints the webhook load figures.</summary>
public static class WebhookReport
{
    /// <summary>Writes the table.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="machine">The machine's description.</param>
    /// <param name="pushExit">The seeding push's exit code.</param>
    /// <param name="events">How many contacts unsubscribed (sampled one by one, then posted as a load).</param>
    /// <param name="run">The run.</param>
    /// <param name="optedOut">Contacts opted out afterwards.</param>
    /// <param name="concurrency">Deliveries in flight at once.</param>
    public static void Write(IAnsiConsole console, string machine, int pushExit, int events, WebhookRun run, int optedOut, int concurrency)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(run);
        string F(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
        var seconds = run.Elapsed.TotalSeconds;
        var table = new Table().AddColumn("Measure").AddColumn(new TableColumn("Value").RightAligned());
        var sorted = run.Latencies.Order().ToArray();
        if (sorted.Length > 0)
        {
            table.AddRow($"unsubscribe to CRM write via the sandbox's delivery, {sorted.Length} one by one: median / max ms", $"{sorted[sorted.Length / 2].TotalMilliseconds:0} / {sorted[^1].TotalMilliseconds:0}");
        }

        table.AddRow("contacts unsubscribed", events.ToString(CultureInfo.InvariantCulture));
        table.AddRow("deliveries posted as load", run.Answers.Count.ToString(CultureInfo.InvariantCulture));
        table.AddRow("in flight at once", concurrency.ToString(CultureInfo.InvariantCulture));
        table.AddRow("answered 200", run.Answers.Count(a => a == HttpStatusCode.OK).ToString(CultureInfo.InvariantCulture));
        table.AddRow("contacts opted out afterwards", optedOut.ToString(CultureInfo.InvariantCulture));
        table.AddRow("seconds", F(seconds));
        table.AddRow("events per second", F(run.Answers.Count / seconds));
        table.AddRow("batches applied", run.Batches.ToString(CultureInfo.InvariantCulture));
        table.AddRow("Dataverse calls (per event)", $"{run.DataverseCalls} ({F((double)run.DataverseCalls / run.Answers.Count)})");
        table.AddRow("Mailchimp calls (per event)", $"{run.MailchimpCalls} ({F((double)run.MailchimpCalls / run.Answers.Count)})");
        console.MarkupLine(Markup.Escape($"dmc serve under load; {machine}; seeding push exit {pushExit}."));
        console.Write(table);
    }
}
