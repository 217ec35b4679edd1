using System.Globalization;
using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks.Report;
using Dynamics.Mailchimp.Benchmarks.Serving;
using Dynamics.Mailchimp.Cli;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Webhooks;

/// <summary>
/// Issue #13's figures (<c>--webhooks N</c>) over N synced contacts: first, with the webhook registered, 20 of them
/// unsubscribe one at a time through the Mailchimp sandbox, which delivers to <c>dmc serve</c> (the latency from the
/// unsubscribe to the committed CRM write); then the others unsubscribe and their deliveries are posted, 16 at a time. It prints the events per second applied, the Dataverse and
/// Mailchimp calls per event, and checks that nothing was lost: every delivery answered 200 and every contact opted out.
/// The sandboxes, <c>dmc serve</c> and the sender share this process (and the machine's cores).
/// </summary>
public static class WebhookBenchmark
{
    private const int Concurrency = 16;
    private const int Subscribed = 100000000;
    private const int LatencySamples = 20;
    private const string Key = "benchmark-webhook-key-0123456789abcdef";

    /// <summary>Runs the benchmark.</summary>
    /// <param name="args">The arguments; <c>--webhooks N</c> gives N (default 2,000).</param>
    /// <param name="stop">Stops the run.</param>
    /// <returns>0 when nothing was lost, else 1.</returns>
    public static async Task<int> RunAsync(string[] args, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(args);
        var at = Array.IndexOf(args, "--webhooks");
        var n = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 2000;
        await using var mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), stop);
        await using var dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), stop);
        BenchmarkSeed.Apply(dataverse, n);
        var folder = Directory.CreateTempSubdirectory("dmc-webhooks-").FullName;
        try
        {
            var settings = Path.Combine(folder, "dmc.settings.json");
            await File.WriteAllTextAsync(settings, JsonSerializer.Serialize(new { Webhooks = new { Secret = Key } }), stop);
            string[] flags = ["--settings", settings, "--mailchimp-url", mailchimp.BaseAddress.ToString(), "--mailchimp-key", mailchimp.ApiKey, "--dataverse-url", dataverse.BaseAddress.ToString(), "--dataverse-token", dataverse.Tokens.ConnectorToken];
            var context = new CommandContext(folder, logging => logging.SetMinimumLevel(LogLevel.Warning));
            var push = await DmcCli.RunAsync(new QuietConsole().Console, ["push", "--json", .. flags], context, stop);
            // The contacts the push made subscribed members (the seed's opted-out contacts are not).
            var members = dataverse.Organization.Rows(TableNames.Contact).Where(c => c.GetAttributeValue<Microsoft.Xrm.Sdk.OptionSetValue>(MemberFields.MailchimpStatus)?.Value == Subscribed).ToArray();
            var emails = members.Select(c => c.GetAttributeValue<string>(MemberFields.EmailAddress1)).ToArray();
            var result = await ServeAndSendAsync(mailchimp, dataverse, context, flags, emails, stop);
            var ids = members.Select(c => c.Id).ToHashSet();
            var optedOut = dataverse.Organization.Rows(TableNames.Contact).Count(c => ids.Contains(c.Id) && c.GetAttributeValue<bool>(MemberFields.DoNotBulkEmail));
            var lost = result.Answers.Count(a => a != HttpStatusCode.OK) + (emails.Length - optedOut);
            WebhookReport.Write(AnsiConsole.Console, MachineInfo.Describe(), push, emails.Length, result, optedOut, Concurrency);
            return lost == 0 && push == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<WebhookRun> ServeAndSendAsync(MailchimpSandbox mailchimp, DataverseSandbox dataverse, CommandContext context, string[] flags, string[] emails, CancellationToken stop)
    {
        using var serving = CancellationTokenSource.CreateLinkedTokenSource(stop);
        var listening = new TaskCompletionSource<IReadOnlyList<Uri>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var quiet = new QuietConsole();
        var serve = DmcCli.RunAsync(quiet.Console, ["serve", "--urls", "http://127.0.0.1:0", "--json", .. flags], context with { ServeListening = a => listening.TrySetResult(a) }, serving.Token);
        var address = (await Task.WhenAny(listening.Task, serve) == serve ? throw new InvalidOperationException("dmc serve exited: " + quiet.Text) : await listening.Task)[0];
        var latencies = await SampleLatencyAsync(mailchimp, context, flags, address, emails[..LatencySamples], stop);
        var load = emails[LatencySamples..];
        foreach (var email in load)
        {
            mailchimp.Controls.Unsubscribe(MailchimpSandboxDefaults.AudienceId, email);
        }

        var url = WebhookPaths.For(address, MailchimpSandboxDefaults.AudienceId, WebhookSecrets.For(Key, MailchimpSandboxDefaults.AudienceId));
        var forms = load.Select((email, i) => new Dictionary<string, string>
        {
            ["type"] = "unsubscribe",
            ["fired_at"] = "2026-11-30 04:00:00",
            ["data[action]"] = "unsub",
            ["data[reason]"] = "manual",
            ["data[id]"] = i.ToString("x10", CultureInfo.InvariantCulture),
            ["data[list_id]"] = MailchimpSandboxDefaults.AudienceId,
            ["data[email]"] = email,
        }).ToArray();
        var dataverseBefore = dataverse.Requests.Count;
        var mailchimpBefore = mailchimp.Requests.Count;
        var (answers, elapsed) = await WebhookLoad.SendAsync(url, forms, Concurrency, stop);
        var dataverseCalls = dataverse.Requests.Count - dataverseBefore;
        var mailchimpCalls = mailchimp.Requests.Count - mailchimpBefore;
        await serving.CancelAsync();
        await serve;
        using var report = JsonDocument.Parse(quiet.Text);
        return new WebhookRun(answers, elapsed, dataverseCalls, mailchimpCalls, report.RootElement.GetProperty("batches").GetInt32()) { Latencies = latencies };
    }

    /// <summary>
    /// With the webhook registered (<c>dmc webhooks register</c>), one person at a time unsubscribes through the sandbox's
    /// control, and the time until the sandbox's delivery was answered (so the CRM write is committed) is taken. The
    /// webhook is removed afterwards, so the load's own unsubscribes are not delivered twice.
    /// </summary>
    private static async Task<IReadOnlyList<TimeSpan>> SampleLatencyAsync(MailchimpSandbox mailchimp, CommandContext context, string[] flags, Uri address, string[] emails, CancellationToken stop)
    {
        var register = await DmcCli.RunAsync(new QuietConsole().Console, ["webhooks", "register", "--public-url", address.ToString(), "--json", .. flags], context, stop);
        if (register != 0)
        {
            throw new InvalidOperationException($"dmc webhooks register exited {register}.");
        }

        var latencies = new List<TimeSpan>();
        foreach (var email in emails)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            mailchimp.Controls.Unsubscribe(MailchimpSandboxDefaults.AudienceId, email);
            await mailchimp.Webhooks.WaitForIdleAsync(stop);
            latencies.Add(watch.Elapsed);
        }

        await DmcCli.RunAsync(new QuietConsole().Console, ["webhooks", "remove", "--json", .. flags], context, stop);
        return latencies;
    }
}
