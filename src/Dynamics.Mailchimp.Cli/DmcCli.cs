using System.CommandLine;
using Dynamics.Mailchimp.Cli.Commands.Check;
#if DMC_SANDBOX
using Dynamics.Mailchimp.Cli.Commands.Demo;
#endif
using Dynamics.Mailchimp.Cli.Commands.Push;
#if DMC_SANDBOX
using Dynamics.Mailchimp.Cli.Commands.Sandbox;
#endif
using Dynamics.Mailchimp.Cli.Configuration;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli;

/// <summary>The root command and its verbs; Program.cs only wires it to the real console and process.</summary>
public static class DmcCli
{
#if DMC_SANDBOX
    private const string Description = "dmc: the Dynamics.Mailchimp sync job, its checks, the local sandbox and the demo.";
#else
    private const string Description = "dmc: the Dynamics.Mailchimp sync job and its checks.";
#endif

    /// <summary>The root command writing to <paramref name="console"/>.</summary>
    /// <param name="console">Where verbs write.</param>
    /// <param name="context">The working folder and logging; <see cref="CommandContext.ForProcess"/> when omitted.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRoot(IAnsiConsole console, CommandContext? context = null)
    {
        context ??= CommandContext.ForProcess();
        var root = new RootCommand(Description)
        {
            new PushCommand(console, context, "sync", "Sync Dynamics and Mailchimp: pull Mailchimp's member statuses first, then push the queued CRM changes, then import campaign activity.", pullFirst: true).Create(),
            new PushCommand(console, context, "push", "Push the queued CRM changes to Mailchimp in bulk, under a lease so instances never process the same row.").Create(),
            new Commands.Pull.PullCommand(console, context).Create(),
            new Commands.Status.StatusCommand(console, context).Create(),
            new Commands.Drift.DriftCommand(console, context).Create(),
            new Commands.Serve.ServeCommand(console, context).Create(),
            new Commands.Webhooks.WebhooksCommand(console, context).Create(),
            new Commands.Retry.RetryCommand(console, context).Create(),
            new Commands.Forget.ForgetCommand(console, context).Create(),
            new CheckCommand(console, context).Create(),
            new Commands.Register.RegisterCommand(console, context).Create(),
#if DMC_SANDBOX
            // Not in the published job (DmcJobOnly in the project file): they host the emulators.
            new DemoCommand(console).Create(),
            new SandboxCommand(console).Create(),
#endif
        };
        foreach (var flag in ConnectionFlags.All)
        {
            root.Options.Add(flag);
        }

        return root;
    }

    /// <summary>Parses and runs one command line; a usage error prints what is wrong and exits with 2.</summary>
    /// <param name="console">Where verbs write.</param>
    /// <param name="args">The arguments.</param>
    /// <param name="context">The working folder and logging.</param>
    /// <param name="cancellationToken">Cancelled by SIGINT, SIGTERM or SIGQUIT.</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static async Task<int> RunAsync(IAnsiConsole console, string[] args, CommandContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parse = CreateRoot(console, context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.MarkupLine("[red]" + Markup.Escape(error.Message) + "[/]");
            }

            console.MarkupLine("Run [bold]dmc --help[/] for the verbs and their options.");
            return ExitCodes.ConfigurationError;
        }

        // Signals are handled by the caller (ShutdownSignal), not by System.CommandLine.
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
        return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
    }
}
