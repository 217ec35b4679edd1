using System.CommandLine;
using Dynamics.Mailchimp.Cli.Commands.Push;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Run;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Pull;

/// <summary>
/// <c>pull</c>: reads the members Mailchimp changed since each audience's checkpoint and brings their status and
/// consent back to the contacts and leads, under the pull lease; then imports the sent campaigns and their email
/// activity since each campaign's checkpoint. Exit 0, 1 when some records or rows were not written (they are read again
/// next run), 2 for a configuration error, 3 when a service is unreachable or refuses the credentials.
/// </summary>
/// <param name="console">Where it writes.</param>
/// <param name="context">The working folder, logging and clock.</param>
public sealed class PullCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command("pull", "Pull from Mailchimp since the last checkpoints: member statuses (unsubscribes, bounces and re-subscribes reach the contacts and leads, with a consent log), then sent campaigns and their email activity.")
        {
            PushFlags.DryRun,
        };
        command.SetAction((parse, stop) => JobStart.RunAsync(parse, context, console, async (output, connections, settings) =>
        {
            var options = settings.Pull with { DryRun = settings.Pull.DryRun || parse.GetValue(PushFlags.DryRun) };
            PullSummary summary;
            ActivitySummary? activity;
            try
            {
                summary = await PullComposition.Create(connections, settings, context.Time).RunAsync(settings.Sync, options, stop).ConfigureAwait(false);
                activity = await ActivityComposition.RunAfterAsync(summary, connections, settings, options.DryRun, context.Time, stop).ConfigureAwait(false);
            }
            catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
            {
                return output.ServiceError(failure, connections.Calls);
            }

            var exitCode = summary.AnyFailed || activity?.Failures.Count > 0 ? ExitCodes.ItemsFailed : ExitCodes.Success;
            PullReport.Write(output, summary, activity, connections.Calls, exitCode);
            return exitCode;
        }, stop));
        return command;
    }
}
