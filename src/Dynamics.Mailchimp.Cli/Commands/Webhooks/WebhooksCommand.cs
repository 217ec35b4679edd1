using System.CommandLine;
using Dynamics.Mailchimp.Cli.Commands.Push;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Webhooks;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Webhooks;

/// <summary>
/// <c>dmc webhooks register | list | remove</c>: the connector's webhook on every audience a syncing list maps to.
/// <c>register</c> is idempotent (a matching webhook is left alone, one of ours with another secret or address is
/// replaced, another tool's is never touched); Mailchimp checks the URL when it is added, so <c>dmc serve</c> must be
/// reachable at <c>Webhooks:PublicUrl</c> first.
/// </summary>
/// <param name="console">Where output goes.</param>
/// <param name="context">The process context.</param>
public sealed class WebhooksCommand(IAnsiConsole console, CommandContext context)
{
    /// <summary>The public URL flag (overrides <c>Webhooks:PublicUrl</c>).</summary>
    public static readonly Option<string?> PublicUrl = new("--public-url")
    {
        Description = "Where Mailchimp reaches dmc serve, e.g. https://dmc.contoso.com. Default: the Webhooks:PublicUrl setting.",
    };

    /// <summary>Creates the verb and its sub-verbs.</summary>
    /// <returns>The command.</returns>
    public Command Create()
    {
        var register = new Command("register", "Add the connector's webhook to every mapped audience (all six events; from subscribers and admins, not from the API, so the connector's own writes never come back). Idempotent.")
        {
            PublicUrl,
            PushFlags.DryRun,
        };
        register.SetAction((parse, stop) => JobStart.RunAsync(parse, context, console, (output, connections, settings) => RegisterAsync(parse, output, connections, settings, stop), stop));
        var list = new Command("list", "List every webhook of every mapped audience, the connector's marked, secrets hidden.");
        list.SetAction((parse, stop) => JobStart.RunAsync(parse, context, console, (output, connections, _) => ListAsync(output, connections, stop), stop));
        var remove = new Command("remove", "Remove the connector's webhooks from every mapped audience (others are left alone).")
        {
            PushFlags.DryRun,
        };
        remove.SetAction((parse, stop) => JobStart.RunAsync(parse, context, console, (output, connections, _) => RemoveAsync(parse, output, connections, stop), stop));
        return new Command("webhooks", "Manage the Mailchimp webhooks dmc serve receives.") { register, list, remove };
    }

    private static async Task<int> RegisterAsync(ParseResult parse, CommandOutput output, ServiceConnections connections, JobSettings settings, CancellationToken stop)
    {
        var options = settings.Webhooks;
        var flag = parse.GetValue(PublicUrl);
        var publicUrl = flag is null ? options.PublicUrl : Uri.TryCreate(flag, UriKind.Absolute, out var url) ? url : null;
        if (publicUrl is null || options.Secret is not { Length: >= WebhookOptions.MinimumSecretLength })
        {
            return output.ConfigurationError(new DmcConfigurationException(
                $"webhooks register needs Webhooks:PublicUrl (or --public-url), the absolute URL where Mailchimp reaches dmc serve, and Webhooks:Secret (at least {WebhookOptions.MinimumSecretLength} characters)."));
        }

        var registrar = new WebhookRegistrar(connections.Mailchimp);
        var dryRun = parse.GetValue(PushFlags.DryRun);
        return await RunAsync(output, connections, stop, async audience =>
            [await registrar.RegisterAsync(audience, WebhookPaths.For(publicUrl, audience, WebhookSecrets.For(options.Secret, audience)), dryRun, stop).ConfigureAwait(false)]).ConfigureAwait(false);
    }

    private static Task<int> RemoveAsync(ParseResult parse, CommandOutput output, ServiceConnections connections, CancellationToken stop)
    {
        var registrar = new WebhookRegistrar(connections.Mailchimp);
        var dryRun = parse.GetValue(PushFlags.DryRun);
        return RunAsync(output, connections, stop, audience => registrar.RemoveAsync(audience, dryRun, stop));
    }

    private static Task<int> ListAsync(CommandOutput output, ServiceConnections connections, CancellationToken stop) =>
        RunAsync(output, connections, stop, async audience =>
        {
            var webhooks = await connections.Mailchimp.GetWebhooksAsync(audience, stop).ConfigureAwait(false);
            return webhooks.Count == 0
                ? [new WebhookRegistration(audience, "none", null, null)]
                : webhooks.Select(w => new WebhookRegistration(audience, WebhookRegistrar.IsOurs(w, audience) ? "ours" : "other", w.Id, WebhookPaths.Redact(w.Url))).ToArray();
        });

    private static async Task<int> RunAsync(CommandOutput output, ServiceConnections connections, CancellationToken stop, Func<string, Task<IReadOnlyList<WebhookRegistration>>> perAudience)
    {
        var results = new List<WebhookRegistration>();
        try
        {
            foreach (var audience in await new PullAudienceReader(connections.Dataverse).ReadAsync(stop).ConfigureAwait(false))
            {
                results.AddRange(await perAudience(audience.AudienceId).ConfigureAwait(false));
            }
        }
        catch (Exception e) when (ServiceFailure.Describe(e, stop) is { } failure)
        {
            return output.ServiceError(WebhookPaths.Redact(failure), connections.Calls);
        }

        var exitCode = results.Any(r => r.Action == "failed") ? ExitCodes.ItemsFailed : ExitCodes.Success;
        WebhooksReport.Write(output, results, connections.Calls, exitCode);
        return exitCode;
    }
}
