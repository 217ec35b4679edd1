using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Runs submitted batches in the background, one at a time ("only one batch request is run at a time", Mailchimp's
/// delete-batch description), each operation in order, then writes the results archive.
/// </summary>
internal sealed class BatchRunner(BatchGate gate, TimeProvider time)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    /// <summary>Starts the batch in the background and returns at once; the batch stays pending until it runs.</summary>
    /// <param name="batch">The batch.</param>
    /// <param name="stopping">Cancelled when the sandbox stops.</param>
    public void Start(BatchRecord batch, CancellationToken stopping)
    {
        gate.Enter();
        _ = Task.Run(() => RunAsync(batch, stopping), CancellationToken.None);
    }

    private async Task RunAsync(BatchRecord batch, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(stopping, batch.Deleted);
        var cancellationToken = linked.Token;
        try
        {
            await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await RunOperationsAsync(batch, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _oneAtATime.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Deleted, or the sandbox is stopping: the batch ends where it is.
        }
        finally
        {
            gate.Exit();
        }
    }

    private async Task RunOperationsAsync(BatchRecord batch, CancellationToken cancellationToken)
    {
        await gate.PassAsync(cancellationToken).ConfigureAwait(false);
        batch.Start();
        using var client = new HttpClient();
        foreach (var operation in batch.Operations)
        {
            await gate.PassAsync(cancellationToken).ConfigureAwait(false);
            var result = await BatchDispatcher.SendAsync(client, batch, operation, cancellationToken).ConfigureAwait(false);
            batch.Complete(BatchPaging.Check(operation, result));
        }

        var completedAt = Timestamps.Truncate(time.GetUtcNow());
        batch.Finish(completedAt, BatchArchive.Write(batch.Id, batch.Results(), completedAt));
    }
}
