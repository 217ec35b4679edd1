using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity;

/// <summary>
/// The job's Dataverse client, until a chosen write: the run "dies" (throws) just before sending the
/// <see cref="CrashBeforeWrite"/>-th <c>$batch</c> that writes, or just after Dataverse committed the
/// <see cref="CrashAfterWrite"/>-th, as a killed process would. Reads pass through. Writes whose body
/// <see cref="Spoil"/> picks get a column the table does not have, so Dataverse refuses them (and a bulk request holding one).
/// </summary>
internal sealed class CrashingDataverse(IDataverseClient inner) : DelegatingDataverseClient(inner)
{
    public int? CrashBeforeWrite { get; init; }

    public int? CrashAfterWrite { get; init; }

    public Func<JsonObject, bool>? Spoil { get; init; }

    /// <summary>Gets a value indicating whether every write comes back not sent (as when no token can be had).</summary>
    public bool NotSent { get; init; }

    public int Writes { get; private set; }

    /// <summary>Gets every write call as sent: its operations and whether it asked for continue-on-error.</summary>
    public List<(IReadOnlyList<BatchOperation> Operations, bool ContinueOnError)> WriteCalls { get; } = [];

    public override async Task<BatchResult> ExecuteBatchAsync(IReadOnlyList<BatchOperation> operations, bool continueOnError = true, CancellationToken cancellationToken = default)
    {
        if (!operations.Any(o => o.IsWrite))
        {
            return await Inner.ExecuteBatchAsync(operations, continueOnError, cancellationToken);
        }

        Writes++;
        WriteCalls.Add((operations, continueOnError));
        // A bulk operation's rows are its Targets: each is spoiled as its single upsert would be.
        var bodies = operations.Select(o => o.Body).OfType<JsonObject>()
            .SelectMany(b => b[BulkMessageNames.Targets] is JsonArray targets ? targets.OfType<JsonObject>() : [b]);
        foreach (var body in bodies.Where(b => Spoil?.Invoke(b) == true).ToList())
        {
            body["dmc_notacolumn"] = "spoiled by the test";
        }

        if (NotSent)
        {
            return new BatchResult([.. operations.Select((_, i) => new BatchOperationResult(i, BatchOutcome.NotExecuted, null, null, null, null, null))]);
        }

        if (Writes == CrashBeforeWrite)
        {
            throw new SimulatedCrashException();
        }

        var result = await Inner.ExecuteBatchAsync(operations, continueOnError, cancellationToken);
        return Writes == CrashAfterWrite ? throw new SimulatedCrashException() : result;
    }

    public override Task<WriteResult> CreateAsync(string entitySetName, JsonObject record, CancellationToken cancellationToken = default) => throw new NotSupportedException("The activity pull writes through $batch only.");

    public override Task<WriteResult> UpdateAsync(string entitySetName, Guid id, JsonObject changes, string? etag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("The activity pull writes through $batch only.");

    public override Task<WriteResult> UpsertAsync(string entitySetName, EntityKey key, JsonObject record, UpsertMode mode = UpsertMode.CreateOrUpdate, CancellationToken cancellationToken = default) => throw new NotSupportedException("The activity pull writes through $batch only.");

    public override Task<WriteResult> DeleteAsync(string entitySetName, Guid id, string? etag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException("The activity pull writes through $batch only.");

    public override Task<JsonElement?> ExecuteActionAsync(string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException("The activity pull calls no action.");

    public override Task<JsonElement?> ExecuteBoundActionAsync(string entitySetName, Guid id, string actionName, JsonObject? parameters, CancellationToken cancellationToken = default) => throw new NotSupportedException("The activity pull calls no action.");
}
