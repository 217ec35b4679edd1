namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>Groups operations into units (single operations or changesets) and units into batches of at most N operations.</summary>
internal static class BatchPlanner
{
    /// <summary>Returns batches; each batch is a list of units; each unit is a list of operation indexes.</summary>
    public static List<List<List<int>>> Plan(IReadOnlyList<BatchOperation> operations, int maxOperationsPerBatch)
    {
        var units = new List<List<int>>();
        for (var i = 0; i < operations.Count; i++)
        {
            var operation = operations[i] ?? throw new ArgumentException($"Operation #{i} is null.", nameof(operations));
            if (operation.ChangeSet is not null && !operation.IsWrite)
            {
                throw new ArgumentException($"Operation #{i} ({operation.Method} {operation.RelativeUri}) is a GET and cannot be part of changeset '{operation.ChangeSet}'.", nameof(operations));
            }

            if (operation.ChangeSet is not null && i > 0 && string.Equals(operations[i - 1].ChangeSet, operation.ChangeSet, StringComparison.Ordinal))
            {
                units[^1].Add(i);
            }
            else
            {
                units.Add([i]);
            }
        }

        var batches = new List<List<List<int>>>();
        var count = 0;
        foreach (var unit in units)
        {
            if (unit.Count > maxOperationsPerBatch)
            {
                throw new ArgumentException(
                    $"Changeset '{operations[unit[0]].ChangeSet}' has {unit.Count} operations; a batch holds at most {maxOperationsPerBatch}.", nameof(operations));
            }

            if (batches.Count == 0 || count + unit.Count > maxOperationsPerBatch)
            {
                batches.Add([]);
                count = 0;
            }

            batches[^1].Add(unit);
            count += unit.Count;
        }

        return batches;
    }

    public static bool IsChangeSet(IReadOnlyList<BatchOperation> operations, List<int> unit) => operations[unit[0]].ChangeSet is not null;
}
