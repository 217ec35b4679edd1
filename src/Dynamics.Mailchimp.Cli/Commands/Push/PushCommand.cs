using System.CommandLine;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Run;
using Dynamics.Mailchimp.Sync.Run;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Push;

/// <summary>
/// <c>push</c>, and <c>sync</c> (<paramref name="pullFirst"/>): the member-status pull first, so the push never acts
/// on a stale status, then the push, which drains the sync queue to Mailchimp under the push lease, then (<c>sync</c>)
/// the campaign and activity pull. Exit 0 when everything went, 1 when some members or rows failed (they are retried on a later run),
/// 2 for a configuration error, 3 when a service is unreachable or refuses the credentials.
/// </summary>
/// <param name="console">Where it writes.</param>
/// <param name="context">The working folder, logging and clock.</param>
/// <param name="name">The verb: <c>push</c> or <c>sync</c>.</param>
/// <param name="description">Its help text.</param>
/// <param name="pullFirst">Whether to run the member-status pull before the push (<c>sync</c>).</param>
public sealed class PushCommand(IAnsiConsole console, CommandContext context, string name, string description, bool pullFirst = false)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command(name, description) { PushFlags.DryRun, PushFlags.Full, PushFlags.AllowMassRemoval };
        command.SetAction((parse, stop) =>
        {
            // push reads its lease row beside the organization's settings: one round trip less before the first cycle.
            // sync does not: its pull runs first, and the row read then would be stale by the time the push starts.
            LeaseLookAhead? lookAhead = null;
            Action<IDataverseClient, CancellationToken>? beside = pullFirst ? null : (dataverse, token) => lookAhead = LeaseLookAhead.Start(dataverse, PushRunOptions.LeaseName, token);
            return RunAsync(parse, stop, beside, () => lookAhead);
        });
        return command;
    }

    private Task<int> RunAsync(ParseResult parse, CancellationToken stop, Action<IDataverseClient, CancellationToken>? beside, Func<LeaseLookAhead?> lookAhead) =>
        JobStart.RunAsync(parse, context, console, async (output, connections, settings) =>
        {
            var sync = settings.Sync with
            {
                FullResync = settings.Sync.FullResync || parse.GetValue(PushFlags.Full),
                AllowMassRemoval = settings.Sync.AllowMassRemoval || parse.GetValue(PushFlags.AllowMassRemoval),
            };
            var run = settings.Push with { DryRun = settings.Push.DryRun || parse.GetValue(PushFlags.DryRun) };
            var runner = PushComposition.Create(connections, settings, context.Time, lookAhead: lookAhead());
            PushSummary summary;
            PullSummary? pulled = null;
            ActivitySummary? activity = null;
            try
            {
                if (pullFirst)
                {
                    var pull = settings.Pull with { DryRun = settings.Pull.DryRun || run.DryRun };
                    pulled = await PullComposition.Create(connections, settings, context.Time).RunAsync(sync, pull, stop).ConfigureAwait(false);
                }

                summary = await runner.RunAsync(sync, run, stop).ConfigureAwait(false);
                if (pulled is not null && !summary.Stopped)
                {
                    activity = await ActivityComposition.RunAfterAsync(pulled, connections, settings, run.DryRun, context.Time, stop).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
            {
                return output.ServiceError(failure, connections.Calls);
            }

            var exitCode = summary.AnyFailed || pulled?.AnyFailed == true || activity?.Failures.Count > 0 ? ExitCodes.ItemsFailed : ExitCodes.Success;
            PushReport.Write(output, summary, connections.Calls, exitCode, pulled, activity);
            return exitCode;
        }, stop, beside);
}
