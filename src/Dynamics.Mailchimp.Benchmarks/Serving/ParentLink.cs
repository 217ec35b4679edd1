namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>How a server child knows it is no longer needed: its parent closes its stdin (or dies), or a signal stops it.</summary>
public static class ParentLink
{
    /// <summary>Waits until stdin closes or <paramref name="cancellationToken"/> is cancelled, whichever comes first.</summary>
    /// <param name="cancellationToken">Cancelled by SIGINT, SIGTERM or SIGQUIT.</param>
    /// <returns>A task that completes normally in both cases.</returns>
    /// <remarks>Console.In reads synchronously and ignores a token, so the read runs on its own thread and is abandoned on a stop.</remarks>
    public static async Task WaitAsync(CancellationToken cancellationToken)
    {
        var closed = Task.Run(() => Console.In.ReadToEnd(), CancellationToken.None);
        try
        {
            await closed.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped by a signal: the caller disposes the servers and exits.
        }
    }
}
