using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Cli.Output;
using Dynamics.Mailchimp.Sync.Webhooks;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Webhooks;

/// <summary>The per-audience table (or <c>--json</c>) of <c>dmc webhooks</c>; URLs never show their secret.</summary>
public static class WebhooksReport
{
    /// <summary>Writes the report.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="results">One entry per audience and webhook.</param>
    /// <param name="calls">The calls made.</param>
    /// <param name="exitCode">The exit code.</param>
    public static void Write(CommandOutput output, IReadOnlyList<WebhookRegistration> results, CallCounter calls, int exitCode)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(calls);
        if (output.Json)
        {
            output.WriteJson(new JsonObject
            {
                ["webhooks"] = JsonFields.Array(results, r => new JsonObject { ["audienceId"] = r.AudienceId, ["action"] = r.Action, ["webhookId"] = r.WebhookId, ["url"] = r.Url, ["error"] = r.Error }),
                ["calls"] = JsonFields.Calls(calls),
                ["exitCode"] = exitCode,
            });
            return;
        }

        var table = new Table().AddColumn("Audience").AddColumn("Webhook").AddColumn("State").AddColumn("URL");
        foreach (var r in results)
        {
            table.AddRow(Markup.Escape(r.AudienceId), Markup.Escape(r.WebhookId ?? "-"), Markup.Escape(r.Error is null ? r.Action : $"{r.Action}: {r.Error}"), Markup.Escape(r.Url ?? "-"));
        }

        output.Console.Write(table);
        output.Console.MarkupLine($"Calls: Mailchimp {calls.Mailchimp}, Dataverse {calls.Dataverse}.");
    }
}
