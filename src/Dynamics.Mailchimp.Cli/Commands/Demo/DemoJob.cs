using System.Diagnostics;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Extensions.Configuration;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// Runs the real <c>sync</c> path against the sandboxes: the job's configuration (the connector's token, the API key),
/// <see cref="ServiceConnections"/> with the production clients, and <see cref="PushComposition"/>'s runner; a whole
/// <c>sync</c> also runs <see cref="PullComposition"/>'s member-status pull before it and <see cref="ActivityComposition"/> after.
/// </summary>
/// <param name="dataverse">The Dataverse sandbox.</param>
/// <param name="mailchimp">The Mailchimp sandbox.</param>
/// <param name="time">The job's clock.</param>
public sealed class DemoJob(DataverseSandbox dataverse, MailchimpSandbox mailchimp, TimeProvider time)
{
    /// <summary>Runs one push, or with <paramref name="pull"/> a whole <c>dmc sync</c> (statuses, push, activity), and measures it.</summary>
    /// <param name="name">What this run is in the story.</param>
    /// <param name="changes">The CRM changes it drains.</param>
    /// <param name="cancellationToken">Stops the run cleanly.</param>
    /// <param name="pull">Whether to pull statuses before the push and campaign activity after it.</param>
    /// <returns>The run.</returns>
    public async Task<DemoRun> RunAsync(string name, IReadOnlyList<DemoChange> changes, CancellationToken cancellationToken, bool pull = false)
    {
        var configuration = Configuration();
        var settings = JobSettings.Read(configuration);
        var connections = ServiceConnections.Create(configuration, _ => { });
        await using (connections.ConfigureAwait(false))
        {
            var clock = Stopwatch.StartNew();
            var pulled = pull ? await PullComposition.Create(connections, settings, time).RunAsync(settings.Sync, settings.Pull, cancellationToken).ConfigureAwait(false) : null;
            var summary = await PushComposition.Create(connections, settings, time).RunAsync(settings.Sync, settings.Push, cancellationToken).ConfigureAwait(false);
            var activity = pulled is null ? null : await ActivityComposition.RunAfterAsync(pulled, connections, settings, dryRun: false, time, cancellationToken).ConfigureAwait(false);
            clock.Stop();
            return new DemoRun(name, changes, summary, connections.Calls.Mailchimp, connections.Calls.Dataverse, clock.Elapsed, DemoSkips.Read(dataverse.Organization))
            {
                Pulled = pulled,
                Activity = activity,
            };
        }
    }

    /// <summary>The job's configuration for the two sandboxes (the connector's token), plus <paramref name="extra"/> values.</summary>
    /// <param name="extra">More settings, e.g. the webhook key.</param>
    /// <returns>The configuration.</returns>
    public IConfiguration Configuration(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var (environment, apiVersion) = DataverseUrlFlag.Split(dataverse.BaseAddress);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            [$"{DmcConfiguration.DataverseSection}:{nameof(DataverseClientOptions.EnvironmentUrl)}"] = environment.ToString(),
            [$"{DmcConfiguration.DataverseSection}:{nameof(DataverseClientOptions.ApiVersion)}"] = apiVersion,
            [$"{DmcConfiguration.DataverseSection}:{nameof(DataverseClientOptions.AuthType)}"] = nameof(DataverseAuthType.StaticToken),
            [$"{DmcConfiguration.DataverseSection}:{nameof(DataverseClientOptions.StaticToken)}"] = dataverse.Tokens.ConnectorToken,
            [$"{DmcConfiguration.MailchimpSection}:BaseAddress"] = mailchimp.BaseAddress.ToString(),
            [$"{DmcConfiguration.MailchimpSection}:ApiKey"] = mailchimp.ApiKey,
        };
        return new ConfigurationBuilder().AddInMemoryCollection(DmcConfiguration.JobDefaults).AddInMemoryCollection(values).AddInMemoryCollection(extra ?? new Dictionary<string, string?>()).Build();
    }
}
