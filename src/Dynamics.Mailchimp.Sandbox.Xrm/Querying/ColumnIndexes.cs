using System.Collections.Concurrent;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>
/// Hash indexes over one column of one table, built on first use and rebuilt when the table has changed since
/// (<see cref="RowStore.Changes"/>): a run of reads filtering on the same column (<c>listid in (…)</c>,
/// <c>emailaddress1 in (…)</c>) costs one pass over the table instead of one each. Keys are
/// <see cref="ValueComparer.Normalize"/>d values, compared as conditions compare them. Reads run side by side under the
/// organization's shared lock, and writes never beside them (<see cref="Organization.OrganizationLock"/>): so the table
/// does not move while an index is built; one reader builds a missing or stale index while the others that need it wait
/// for it (not ten readers building the same index at once), and an index, once published whole, is never changed
/// again (a change to the table builds a new one).
/// </summary>
internal sealed class ColumnIndexes(RowStore store)
{
    private readonly ConcurrentDictionary<(string Table, string Column), (long Changes, Dictionary<object, List<Entity>> Rows)> _indexes = new();
    private readonly Lock _building = new();

    /// <summary>The rows of <paramref name="table"/> whose <paramref name="column"/> equals one of <paramref name="values"/>.</summary>
    public IReadOnlyList<Entity> Matching(string table, string column, IEnumerable<object?> values)
    {
        var index = Index(table, column);
        var rows = new List<Entity>();
        foreach (var key in Keys(values))
        {
            if (index.TryGetValue(key, out var found))
            {
                rows.AddRange(found);
            }
        }

        return rows;
    }

    /// <summary>How many rows <see cref="Matching"/> would return, without collecting them.</summary>
    public int CountMatching(string table, string column, IEnumerable<object?> values)
    {
        var index = Index(table, column);
        var count = 0;
        foreach (var key in Keys(values))
        {
            if (index.TryGetValue(key, out var found))
            {
                count += found.Count;
            }
        }

        return count;
    }

    private static IEnumerable<object> Keys(IEnumerable<object?> values) =>
        values.Select(ValueComparer.Normalize).OfType<object>().Distinct(NormalizedValueEquality.Instance);

    private Dictionary<object, List<Entity>> Index(string table, string column)
    {
        var changes = store.Changes(table);
        if (_indexes.TryGetValue((table, column), out var cached) && cached.Changes == changes)
        {
            return cached.Rows;
        }

        lock (_building)
        {
            return _indexes.TryGetValue((table, column), out cached) && cached.Changes == changes
                ? cached.Rows
                : Build(table, column, changes);
        }
    }

    private Dictionary<object, List<Entity>> Build(string table, string column, long changes)
    {
        var rows = new Dictionary<object, List<Entity>>(NormalizedValueEquality.Instance);
        foreach (var row in store.Rows(table))
        {
            if (row.Attributes.TryGetValue(column, out var value) && ValueComparer.Normalize(value) is { } key)
            {
                if (!rows.TryGetValue(key, out var list))
                {
                    list = [];
                    rows[key] = list;
                }

                list.Add(row);
            }
        }

        _indexes[(table, column)] = (changes, rows);
        return rows;
    }
}
