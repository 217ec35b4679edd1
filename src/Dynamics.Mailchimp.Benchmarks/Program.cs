using System.Globalization;
using System.Text.Json;
using Dynamics.Mailchimp.Benchmarks;
using Dynamics.Mailchimp.Benchmarks.Activity;
using Dynamics.Mailchimp.Benchmarks.Dynamic;
using Dynamics.Mailchimp.Benchmarks.Job;
using Dynamics.Mailchimp.Benchmarks.Orchestration;
using Dynamics.Mailchimp.Benchmarks.Report;
using Dynamics.Mailchimp.Benchmarks.Serving;
using Dynamics.Mailchimp.Cli.Hosting;
using Spectre.Console;

// Roles: "serve --n N" (sandbox server child), otherwise the orchestrator (the job child is the dmc executable itself).
// SIGINT, SIGTERM and SIGQUIT stop every role cleanly, also when started in the background (dmc's own handler).
using var stop = ShutdownSignal.Register();

if (args is ["serve", "--n", var size])
{
    return await SandboxServer.RunAsync(int.Parse(size, CultureInfo.InvariantCulture), stop.Token);
}

// The activity benchmark (issue 10): "serve-activity --n N" and "activity-job <urls>" children, "--activity N" orchestrator.
if (args is ["serve-activity", "--n", var events])
{
    return await ActivityServer.RunAsync(int.Parse(events, CultureInfo.InvariantCulture), stop.Token);
}

if (args is ["activity-job", .. var activityArgs])
{
    return await ActivityJobProcess.RunAsync(activityArgs, stop.Token);
}

// The dynamic-list benchmark (issue 12): "serve-dynamic --n N" child, "--dynamic N" orchestrator (the job child is dmc).
if (args is ["serve-dynamic", "--n", var listSize])
{
    return await DynamicServer.RunAsync(int.Parse(listSize, CultureInfo.InvariantCulture), stop.Token);
}

if (args.Contains("--dynamic"))
{
    return await DynamicBenchmark.RunAsync(args, stop.Token);
}

// The webhook load benchmark (issue 13): "--webhooks N", all in this process.
if (args.Contains("--webhooks"))
{
    return await Dynamics.Mailchimp.Benchmarks.Webhooks.WebhookBenchmark.RunAsync(args, stop.Token);
}

if (args.Contains("--activity"))
{
    return await ActivityBenchmark.RunAsync(args, stop.Token);
}

BenchmarkOptions options;
try
{
    options = BenchmarkOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}

var results = new List<SizeResult>();
foreach (var n in options.Sizes)
{
    results.Add(await SizeRun.RunAsync(n, options.BaselineSample, line => Console.Error.WriteLine(line), stop.Token));
}

if (options.Json)
{
    var rows = results.Select(r => new { r.N, r.MailchimpCalls, r.DataverseCalls, r.WallSeconds, r.PeakMemoryMb, r.BaselineRatio, r.LowerBoundSeconds });
    Console.WriteLine(JsonSerializer.Serialize(rows, BenchmarkJson.Options));
}
else
{
    ResultTable.Write(AnsiConsole.Console, results);
}

// The smoke check: every size pushed every change, and the baseline's calls all succeeded.
var broken = results.Where(r => r.Detail.JobExitCode != 0 || SmokeCheck.Upserted(r) != r.Detail.QueuedChanges || r.Detail.Baseline.Failures > 0).ToList();
foreach (var r in broken)
{
    await Console.Error.WriteLineAsync($"N = {r.N}: job exit {r.Detail.JobExitCode}, upserted {SmokeCheck.Upserted(r)} of {r.Detail.QueuedChanges}, baseline failures {r.Detail.Baseline.Failures}; push output: {r.Detail.Push}");
}

return broken.Count == 0 ? 0 : 1;
