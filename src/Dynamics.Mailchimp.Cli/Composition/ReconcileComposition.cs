using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Dynamics.Mailchimp.Sync.Read;
using Dynamics.Mailchimp.Sync.Reconcile;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>Builds reconciliation from the two production clients: for the push's first step and for <c>drift</c>.</summary>
public static class ReconcileComposition
{
    /// <summary>The reconciler.</summary>
    /// <param name="connections">Both clients.</param>
    /// <param name="time">The clock (the correction rows' sequence).</param>
    /// <returns>The reconciler.</returns>
    public static Reconciler Create(ServiceConnections connections, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connections);
        var reader = new DataverseRecordReader(connections.Dataverse);
        return new Reconciler(reader, reader, new MailchimpListSide(connections.Mailchimp), new DataverseCorrectionQueue(connections.Dataverse, time, Guid.NewGuid()));
    }

    /// <summary>The push's reconciliation step.</summary>
    /// <param name="connections">Both clients.</param>
    /// <param name="settings">The job's settings (<see cref="JobSettings.Reconcile"/>).</param>
    /// <param name="time">The clock.</param>
    /// <returns>The step.</returns>
    public static ReconcileStep Step(ServiceConnections connections, JobSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(settings);
        return new ReconcileStep(Create(connections, time), new DataverseCheckpointStore(connections.Dataverse), settings.Reconcile, time);
    }
}
