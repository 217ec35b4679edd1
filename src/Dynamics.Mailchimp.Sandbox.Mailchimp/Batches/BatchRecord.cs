namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>One submitted batch: its operations, its progress and, once finished, its results archive.</summary>
/// <remarks>
/// The Authorization of the submitting request is kept to run the operations with the same key; it is never written to
/// the wire, the log or <see cref="object.ToString"/>.
/// </remarks>
internal sealed class BatchRecord
{
    private readonly Lock _lock = new();
    private readonly List<BatchResult> _results = [];
    private readonly CancellationTokenSource _deleted = new();
    private readonly string _authorization;
    private string _status = BatchStatus.Pending;
    private DateTimeOffset? _completedAt;
    private byte[]? _archive;

    public BatchRecord(string id, IReadOnlyList<BatchOperation> operations, string authorization, Uri origin, DateTimeOffset submittedAt)
    {
        Id = id;
        Operations = operations;
        _authorization = authorization;
        Origin = origin;
        SubmittedAt = submittedAt;
    }

    public string Id { get; }

    public IReadOnlyList<BatchOperation> Operations { get; }

    /// <summary>Gets the sandbox's own root address, e.g. <c>http://127.0.0.1:54321/</c>.</summary>
    public Uri Origin { get; }

    public DateTimeOffset SubmittedAt { get; }

    /// <summary>Gets a token cancelled when the batch is deleted.</summary>
    public CancellationToken Deleted => _deleted.Token;

    public bool IsFinished
    {
        get
        {
            lock (_lock)
            {
                return _status == BatchStatus.Finished;
            }
        }
    }

    /// <summary>Gets the results archive, or <see langword="null"/> until the batch has finished.</summary>
    public byte[]? Archive
    {
        get
        {
            lock (_lock)
            {
                return _archive;
            }
        }
    }

    public string Authorization() => _authorization;

    public void Start()
    {
        lock (_lock)
        {
            _status = BatchStatus.Started;
        }
    }

    public void Complete(BatchResult result)
    {
        lock (_lock)
        {
            _results.Add(result);
        }
    }

    public IReadOnlyList<BatchResult> Results()
    {
        lock (_lock)
        {
            return [.. _results];
        }
    }

    public void Finish(DateTimeOffset completedAt, byte[] archive)
    {
        lock (_lock)
        {
            _completedAt = completedAt;
            _archive = archive;
            _status = BatchStatus.Finished;
        }
    }

    /// <summary>Stops the batch: the operation under way completes, no further one starts.</summary>
    public void Delete() => _deleted.Cancel();

    /// <summary>Reports progress. While pending, <c>total_operations</c> is 0, as recorded at submission by Mailchimp.</summary>
    public BatchSnapshot Snapshot()
    {
        lock (_lock)
        {
            var pending = _status == BatchStatus.Pending;
            return new BatchSnapshot(
                Id,
                _status,
                pending ? 0 : Operations.Count,
                _results.Count,
                _results.Count(r => r.IsError),
                SubmittedAt,
                _completedAt,
                _archive is null ? null : new Uri(Origin, $"{BatchWire.ResultsPrefix}{Id}.tar.gz"));
        }
    }
}
