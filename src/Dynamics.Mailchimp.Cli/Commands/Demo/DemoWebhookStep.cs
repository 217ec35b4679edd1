using System.Diagnostics;
using System.Security.Cryptography;
using Dynamics.Mailchimp.Cli.Commands.Serve;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// The demo's real-time step: <c>dmc serve</c> runs on loopback, the connector's webhook is registered on the audience
/// (the sandbox checks the URL), one person unsubscribes in Mailchimp, and the sandbox's delivery reaches the CRM with
/// no <c>sync</c> run.
/// </summary>
/// <param name="dataverse">The Dataverse sandbox.</param>
/// <param name="mailchimp">The Mailchimp sandbox.</param>
/// <param name="job">The demo's job (its configuration).</param>
public sealed class DemoWebhookStep(DataverseSandbox dataverse, MailchimpSandbox mailchimp, DemoJob job)
{
    /// <summary>Runs the step.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="contactId">The contact who unsubscribes.</param>
    /// <param name="email">Its address.</param>
    /// <param name="cancellationToken">Cancels the step.</param>
    /// <returns>What happened.</returns>
    public async Task<DemoRealTime> RunAsync(string audienceId, Guid contactId, string email, CancellationToken cancellationToken)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var configuration = job.Configuration(new Dictionary<string, string?> { [$"{WebhookOptions.SectionName}:{nameof(WebhookOptions.Secret)}"] = key });
        var settings = JobSettings.Read(configuration);
        var connections = ServiceConnections.Create(configuration, _ => { });
        await using (connections.ConfigureAwait(false))
        {
            var context = new CommandContext(Environment.CurrentDirectory, _ => { });
            var server = await WebhookServer.StartAsync("http://127.0.0.1:0", connections, settings, context, cancellationToken).ConfigureAwait(false);
            await using (server.ConfigureAwait(false))
            {
                var url = WebhookPaths.For(server.Addresses[0], audienceId, WebhookSecrets.For(key, audienceId));
                var registered = await new WebhookRegistrar(connections.Mailchimp).RegisterAsync(audienceId, url, dryRun: false, cancellationToken).ConfigureAwait(false);
                if (registered.Error is { } error)
                {
                    throw new DemoSetupException($"Registering the demo's webhook failed: {error}");
                }

                var watch = Stopwatch.StartNew();
                mailchimp.Controls.Unsubscribe(audienceId, email);
                await mailchimp.Webhooks.WaitForIdleAsync(cancellationToken).ConfigureAwait(false);
                watch.Stop();
                await server.StopAsync().ConfigureAwait(false);
                var contact = dataverse.Organization.Rows(TableNames.Contact).Single(c => c.Id == contactId);
                var status = contact.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus)?.Value;
                var events = dataverse.Organization.Rows("dmc_consentevent").Count(e => e.GetAttributeValue<EntityReference>("dmc_contactid")?.Id == contactId);
                return new DemoRealTime(
                    email,
                    watch.Elapsed,
                    contact.GetAttributeValue<bool>(MemberFields.DoNotBulkEmail),
                    MailchimpStatusOptions.ToStatus(status)?.ToWireValue(),
                    events,
                    mailchimp.Webhooks.Deliveries.Count);
            }
        }
    }
}
