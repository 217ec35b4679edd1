using System.Security.Cryptography;
using System.Text;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>The batches submitted to one sandbox, oldest first, with deterministic 10-hex-digit ids.</summary>
internal sealed class BatchBook
{
    /// <summary>Unfinished batches allowed per key before 429.</summary>
    /// <remarks>https://mailchimp.com/developer/release-notes/batch-api-limit-now-considers-pending-batch-webhooks/</remarks>
    public const int MaxUnfinished = 500;

    private readonly Lock _lock = new();
    private readonly List<BatchRecord> _batches = [];
    private long _counter;

    /// <summary>Adds a batch built by <paramref name="create"/> from a new id.</summary>
    /// <exception cref="TooManyPendingBatchesException">There are already <see cref="MaxUnfinished"/> unfinished batches.</exception>
    public BatchRecord Add(Func<string, BatchRecord> create)
    {
        lock (_lock)
        {
            if (_batches.Count(b => !b.IsFinished) >= MaxUnfinished)
            {
                throw new TooManyPendingBatchesException(MaxUnfinished);
            }

            var batch = create(NextId());
            _batches.Add(batch);
            return batch;
        }
    }

    /// <exception cref="ResourceNotFoundException">No batch has the id (never submitted, or deleted).</exception>
    public BatchRecord Get(string batchId)
    {
        lock (_lock)
        {
            return _batches.Find(b => b.Id == batchId) ?? throw new ResourceNotFoundException($"batch {batchId}");
        }
    }

    public IReadOnlyList<BatchRecord> All()
    {
        lock (_lock)
        {
            return [.. _batches];
        }
    }

    /// <summary>Removes a batch and stops it; its results are no longer served.</summary>
    /// <exception cref="ResourceNotFoundException">No batch has the id.</exception>
    public void Delete(string batchId)
    {
        BatchRecord batch;
        lock (_lock)
        {
            batch = Get(batchId);
            _batches.Remove(batch);
        }

        batch.Delete();
    }

    private string NextId()
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"batch:{++_counter}"));
        return Convert.ToHexStringLower(digest)[..10];
    }
}
