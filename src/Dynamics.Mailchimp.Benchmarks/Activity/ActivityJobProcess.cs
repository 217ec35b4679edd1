using System.Diagnostics;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.Benchmarks.Activity;

/// <summary>
/// The <c>activity-job</c> role, a child process so that its memory is the pull's alone: the production clients
/// (Mailchimp pages of 1,000, Dataverse <c>$batch</c> of 1,000 holding <c>UpsertMultiple</c> of 1,000 rows, the job's write
/// tag) and <see cref="ActivityPuller"/>,
/// then one <see cref="ActivityJobReport"/> line.
/// </summary>
public static class ActivityJobProcess
{
    /// <summary>Runs the pull.</summary>
    /// <param name="args">Mailchimp URL and key, Dataverse URL and token.</param>
    /// <param name="cancellationToken">Stops the pull.</param>
    /// <returns>0 when every row was written.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMailchimpClient(client =>
        {
            client.BaseAddress = new Uri(args[0]);
            client.ApiKey = args[1];
        });
        services.AddDataverseClient(options =>
        {
            options.EnvironmentUrl = new Uri(new Uri(args[2]).GetLeftPart(UriPartial.Authority));
            options.AuthType = DataverseAuthType.StaticToken;
            options.StaticToken = args[3];
            options.MaxBatchOperations = 1000;
        });
        await using var provider = services.BuildServiceProvider();
        var clock = Stopwatch.StartNew();
        var summary = await new ActivityPuller(provider.GetRequiredService<IMailchimpClient>(), provider.GetRequiredService<IDataverseClient>(), TimeProvider.System)
            .RunAsync(new ActivityPullOptions(), cancellationToken).ConfigureAwait(false);
        var wall = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var report = new ActivityJobReport(summary.Failures.Count == 0 ? 0 : 1, wall, process.PeakWorkingSet64 / (1024.0 * 1024.0), summary.ActivityTotal, summary.Unmatched, summary.DataverseWrites);
        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(report, BenchmarkJson.Options)).ConfigureAwait(false);
        return report.ExitCode;
    }
}
