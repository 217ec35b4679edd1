using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Pull.Record;
using Dynamics.Mailchimp.Sync.Pull.Run;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>Builds the member-status pull from the two production clients and the job's settings.</summary>
public static class PullComposition
{
    /// <summary>The runner.</summary>
    /// <param name="connections">Both clients.</param>
    /// <param name="settings">The job's settings (the pull's lease has the push lease's duration).</param>
    /// <param name="time">The clock.</param>
    /// <returns>The runner.</returns>
    public static StatusPullRunner Create(ServiceConnections connections, JobSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(settings);
        var dataverse = connections.Dataverse;
        return new StatusPullRunner(
            new DataverseLeaseManager(dataverse, time, settings.Lease),
            new PullAudienceReader(dataverse),
            new MemberChangeReader(connections.Mailchimp),
            new MemberMatcher(dataverse),
            ConsentWriter(dataverse),
            new DataverseCheckpointStore(dataverse),
            time);
    }

    /// <summary>The pull's consent writer: the consent columns and log, and the Journeys contact point consent where the org has it.</summary>
    /// <param name="dataverse">The Dataverse client.</param>
    /// <returns>The writer.</returns>
    public static IConsentWriter ConsentWriter(IDataverseClient dataverse) =>
        new JourneysConsentWriter(new DataverseConsentWriter(dataverse), dataverse, new DataverseJourneysConsentReader(dataverse));
}
