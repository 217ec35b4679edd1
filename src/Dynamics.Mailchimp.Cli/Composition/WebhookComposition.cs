using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Pull.Record;
using Dynamics.Mailchimp.Sync.Webhooks;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>Composes the webhook receiver's applier from the pull's own parts, so webhooks and the pull apply the same rules.</summary>
public static class WebhookComposition
{
    /// <summary>Creates the applier.</summary>
    /// <param name="connections">The service clients.</param>
    /// <param name="settings">The job's settings.</param>
    /// <param name="time">The clock that ages the mappings.</param>
    /// <returns>The applier.</returns>
    public static WebhookApplier Create(ServiceConnections connections, JobSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(settings);
        var dataverse = connections.Dataverse;
        var options = settings.Webhooks;
        var refresh = TimeSpan.FromSeconds(options.MappingsRefreshSeconds);
        return new WebhookApplier(
            new WebhookAudiences(new PullAudienceReader(dataverse), time, refresh),
            new WebhookMemberReader(connections.Mailchimp, options.MailchimpConcurrency),
            new MemberMatcher(dataverse),
            new RenewedConsentWriter(() => PullComposition.ConsentWriter(dataverse), time, refresh));
    }
}
