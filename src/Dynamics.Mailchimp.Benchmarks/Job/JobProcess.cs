using System.Diagnostics;
using System.Text.Json;
using Dynamics.Mailchimp.Cli;
using Spectre.Console;

namespace Dynamics.Mailchimp.Benchmarks.Job;

/// <summary>
/// The <c>job</c> role, run as a child process so that its memory is the job's alone: <c>dmc push --json</c> in process
/// (the production clients, composed by PushComposition as the real verb does), then one <see cref="JobReport"/> line.
/// </summary>
public static class JobProcess
{
    /// <summary>Runs the push.</summary>
    /// <param name="pushArgs">The connection flags for <c>dmc push</c>.</param>
    /// <param name="cancellationToken">Stops the push.</param>
    /// <returns>dmc push's exit code.</returns>
    public static async Task<int> RunAsync(string[] pushArgs, CancellationToken cancellationToken)
    {
        using var captured = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(captured), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No });
        var clock = Stopwatch.StartNew();
        var exit = await DmcCli.RunAsync(console, ["push", "--json", .. pushArgs], cancellationToken: cancellationToken).ConfigureAwait(false);
        var wall = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        var output = captured.ToString();
        JsonElement push;
        try
        {
            push = JsonDocument.Parse(output).RootElement.Clone();
        }
        catch (JsonException)
        {
            push = JsonSerializer.SerializeToElement(output);
        }

        await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new JobReport(exit, wall, peak, push), BenchmarkJson.Options)).ConfigureAwait(false);
        return exit;
    }
}
