using System.CommandLine;
using Dynamics.Mailchimp.Cli.Commands.Push;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Run;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Drift;

/// <summary>
/// <c>drift</c>: per synced list, how far Dynamics and Mailchimp have drifted apart: in CRM only, in Mailchimp only,
/// consent mismatches and merge-field mismatches, with examples. Read-only unless <c>--fix</c>, which queues the
/// corrections and pushes them through the normal engine (same rules, same rail; <c>--dry-run</c> says what it would
/// queue). Costs per list ceil(N/5,000) Dataverse reads and ceil(N/1,000) Mailchimp reads, plus a few. Exit 0 when the
/// report (and the fix) went through, 1 when a fix left failures, 2 for a configuration error, 3 when a service is
/// unreachable or refuses the credentials.
/// </summary>
/// <param name="console">Where it writes.</param>
/// <param name="context">The working folder, logging and clock.</param>
public sealed class DriftCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>The command.</summary>
    public Command Create()
    {
        var command = new Command(
            "drift",
            "Report, per synced list, what is in Dynamics only, in Mailchimp only, and where consent or merge fields differ. --fix queues the corrections and pushes them.")
        {
            DriftFlags.Fix, DriftFlags.DryRun, DriftFlags.Sample, PushFlags.AllowMassRemoval,
        };
        command.SetAction((parse, stop) => JobStart.RunAsync(parse, context, console, async (output, connections, settings) =>
        {
            var fix = parse.GetValue(DriftFlags.Fix);
            var dryRun = parse.GetValue(DriftFlags.DryRun);
            var sync = settings.Sync with { AllowMassRemoval = settings.Sync.AllowMassRemoval || parse.GetValue(PushFlags.AllowMassRemoval) };
            var request = new ReconcileRequest(Queue: fix && !dryRun, CompareFields: true, SampleSize: parse.GetValue(DriftFlags.Sample) ?? settings.Reconcile.SampleSize);
            ReconcileResult drift;
            PushSummary? pushed = null;
            try
            {
                drift = await ReconcileComposition.Create(connections, context.Time).RunAsync(ReconcileScope.AllLists, sync, request, stop).ConfigureAwait(false);
                if (request.Queue)
                {
                    pushed = await PushComposition.Create(connections, settings, context.Time, reconcile: false).RunAsync(sync, settings.Push, stop).ConfigureAwait(false);
                }
            }
            catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
            {
                return output.ServiceError(failure, connections.Calls);
            }

            var exitCode = drift.Errors.Count > 0 || pushed?.AnyFailed == true ? ExitCodes.ItemsFailed : ExitCodes.Success;
            DriftReport.Write(output, drift, new DriftFix(fix, dryRun, pushed), connections.Calls, exitCode);
            return exitCode;
        }, stop));
        return command;
    }
}
