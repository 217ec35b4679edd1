using System.CommandLine;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Webhooks;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Serve;

/// <summary>
/// <c>dmc serve</c>: receives Mailchimp's list webhooks and applies each event through the pull's rules within seconds.
/// Runs until SIGINT, SIGTERM or SIGQUIT; then it takes no new deliveries, answers the ones in flight, drains the inbox
/// and exits 0. The scheduled pull stays the safety net for anything Mailchimp could not deliver.
/// </summary>
/// <param name="console">Where the report goes.</param>
/// <param name="context">The process context.</param>
public sealed class ServeCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>How long the inbox may still work after the host stopped, before waiting events are abandoned (Mailchimp sends them again).</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The listen address flag.</summary>
    public static readonly Option<string?> Urls = new("--urls")
    {
        Description = "Where to listen (Kestrel URLs, ';'-separated), e.g. http://0.0.0.0:8080. Default: the Webhooks:Listen setting (http://0.0.0.0:8080).",
    };

    /// <summary>Creates the verb.</summary>
    /// <returns>The command.</returns>
    public Command Create()
    {
        var command = new Command("serve", "Receive Mailchimp's list webhooks (subscribe, unsubscribe, profile, upemail, cleaned, campaign) and apply them to the CRM at once, with the pull's rules and consent log. Health probe at /health. Needs the Webhooks:Secret setting.")
        {
            Urls,
        };
        command.SetAction((parse, stop) => JobStart.RunAsync(parse, context, console, (output, connections, settings) => ServeAsync(parse, output, connections, settings, stop), stop));
        return command;
    }

    private async Task<int> ServeAsync(ParseResult parse, CommandOutput output, ServiceConnections connections, JobSettings settings, CancellationToken stop)
    {
        var options = settings.Webhooks;
        if (options.Secret is not { Length: >= WebhookOptions.MinimumSecretLength })
        {
            return output.ConfigurationError(new DmcConfigurationException(
                $"Webhooks:Secret must be set to at least {WebhookOptions.MinimumSecretLength} characters (user secrets, the DMC_Webhooks__Secret environment variable or a key vault); each audience's webhook URL carries a secret derived from it."));
        }

        var listen = parse.GetValue(Urls) ?? options.Listen;
        WebhookServer server;
        try
        {
            server = await WebhookServer.StartAsync(listen, connections, settings, context, stop).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return output.ConfigurationError(new DmcConfigurationException($"dmc serve cannot listen on {listen}: {e.Message}", e));
        }

        await using (server.ConfigureAwait(false))
        {
            if (!output.Json)
            {
                console.MarkupLine(Markup.Escape($"dmc serve: listening on {string.Join(", ", server.Addresses)}; webhooks at /webhooks/mailchimp/<audience>/<secret>, health at {WebhookPaths.Health}. Ctrl+C or SIGTERM stops."));
            }

            context.ServeListening?.Invoke(server.Addresses);
            await WaitForStopAsync(stop).ConfigureAwait(false);
            await server.StopAsync().ConfigureAwait(false);
        }

        ServeReport.Write(output, server.Tally, server.Batches, connections.Calls);
        return ExitCodes.Success;
    }

    private static async Task WaitForStopAsync(CancellationToken stop)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Stop requested.
        }
    }
}
