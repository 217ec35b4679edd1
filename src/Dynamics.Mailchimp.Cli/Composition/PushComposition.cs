using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Read;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Run;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>Builds the push run from the two production clients and the job's settings: the only place the steps meet.</summary>
public static class PushComposition
{
    /// <summary>The runner.</summary>
    /// <param name="connections">Both clients.</param>
    /// <param name="settings">The job's settings.</param>
    /// <param name="time">The clock.</param>
    /// <param name="reconcile">Whether the run starts with the reconciliation that is due (not after <c>drift --fix</c>, which has just reconciled).</param>
    /// <param name="lookAhead">The push lease's row, read beside the job's start (<see cref="LeaseLookAhead"/>); null reads it when the run starts.</param>
    /// <returns>The runner.</returns>
    public static PushRunner Create(ServiceConnections connections, JobSettings settings, TimeProvider time, bool reconcile = true, LeaseLookAhead? lookAhead = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(settings);
        var dataverse = connections.Dataverse;
        var mailchimp = connections.Mailchimp;
        var dataverseOptions = connections.Services.GetRequiredService<IOptions<DataverseClientOptions>>().Value;
        var mailchimpOptions = connections.Services.GetRequiredService<IOptions<MailchimpClientOptions>>().Value;
        return new PushRunner(
            new DataverseLeaseManager(dataverse, time, settings.Lease, lookAhead),
            new DataverseQueueSource(dataverse, time, settings.Sync, settings.Backoff),
            new CycleReader(new DataverseRecordReader(dataverse), new MailchimpAudienceSizes(mailchimp), new DataverseJourneysConsentReader(dataverse)),
            new MailchimpPlanExecutor(mailchimp, mailchimpOptions.MaxConcurrentRequests),
            new DataverseOutcomeRecorder(dataverse, dataverseOptions.MaxBatchOperations, dataverseOptions.MaxConcurrentRequests),
            time,
            reconcile ? ReconcileComposition.Step(connections, settings, time) : null);
    }
}
