namespace Dynamics.Mailchimp.Sync.Pull.Checkpoint;

/// <summary>Where the pull resumes: one time per key, moved forward only after the rows it covers are committed.</summary>
public interface ICheckpointStore
{
    /// <summary>The checkpoint named <paramref name="name"/>, or <see langword="null"/> before the first run.</summary>
    /// <param name="name">The key, e.g. <c>checkpoint:members:a1b2c3d4e5</c>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The time.</returns>
    Task<DateTimeOffset?> ReadAsync(string name, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="value"/> as the checkpoint named <paramref name="name"/>.</summary>
    /// <param name="name">The key.</param>
    /// <param name="value">The time the next run starts from (inclusive).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task.</returns>
    Task WriteAsync(string name, DateTimeOffset value, CancellationToken cancellationToken);
}
