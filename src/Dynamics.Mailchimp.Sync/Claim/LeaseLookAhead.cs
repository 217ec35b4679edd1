using Dynamics.Mailchimp.Dataverse;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>
/// A lease row read ahead: started as soon as the Dataverse client exists, beside the read of the organization's
/// settings that the lease's own settings may come from, so taking the lease afterwards costs one round trip (the guarded
/// write) instead of two. Its ETag still guards that write: if another instance wrote the row since, the write gets 412
/// and the lease is refused, naming the winner; a holder that let go since is seen on the next run.
/// </summary>
public sealed class LeaseLookAhead
{
    private LeaseLookAhead(string name, Task<LeaseRow?> row)
    {
        Name = name;
        Row = row;
    }

    /// <summary>Gets the lease's name.</summary>
    internal string Name { get; }

    /// <summary>Gets the read: the row, or null when it does not exist yet.</summary>
    internal Task<LeaseRow?> Row { get; }

    /// <summary>Gets a task that completes when the read has ended (never faulted: a failure is thrown by the attempt).</summary>
    public Task Completion => ((Task)Row).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>Starts reading the lease row named <paramref name="name"/>.</summary>
    /// <param name="client">The Dataverse client.</param>
    /// <param name="name">The lease's name, e.g. <c>lease:push</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The read under way. A failure is thrown where the lease is taken, or ignored when it never is (the start
    /// failed first).</returns>
    public static LeaseLookAhead Start(IDataverseClient client, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var row = new LeaseStore(client).FindAsync(name, cancellationToken);
        _ = row.ContinueWith(static read => _ = read.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return new LeaseLookAhead(name, row);
    }
}
