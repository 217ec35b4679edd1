using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>
/// The rows of every table, with a global row-version counter and an undo journal, so that an operation and
/// everything its synchronous plug-ins wrote commit or roll back together. The alternate-key indexes
/// (<see cref="KeyIndex"/>) follow every put, removal and undo. Not thread-safe: the organization locks.
/// </summary>
internal sealed class RowStore
{
    private readonly Dictionary<string, Dictionary<Guid, Entity>> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _changes = new(StringComparer.Ordinal);
    private readonly Stack<Action> _undo = new();
    private readonly Dictionary<string, List<AlternateKeyIndex>> _keyIndexes = new(StringComparer.Ordinal);
    private long _version = 1000;
    private int _depth;

    public long NextVersion() => ++_version;

    public bool TryGet(string table, Guid id, out Entity row)
    {
        if (_tables.TryGetValue(table, out var rows) && rows.TryGetValue(id, out var found))
        {
            row = found;
            return true;
        }

        row = null!;
        return false;
    }

    public IEnumerable<Entity> Rows(string table) =>
        _tables.TryGetValue(table, out var rows) ? rows.Values : [];

    public int Count(string table) => _tables.TryGetValue(table, out var rows) ? rows.Count : 0;

    /// <summary>How many times <paramref name="table"/> changed (a put, a removal or an undo): caches keyed on it stay valid while it does not move.</summary>
    public long Changes(string table) => _changes.GetValueOrDefault(table);

    /// <summary>The index of <paramref name="key"/> on <paramref name="table"/>, built from its rows on first use and kept from then on.</summary>
    public AlternateKeyIndex KeyIndex(string table, EntityKeyDefinition key)
    {
        if (!_keyIndexes.TryGetValue(table, out var indexes))
        {
            indexes = [];
            _keyIndexes[table] = indexes;
        }

        var index = indexes.FirstOrDefault(i => i.Key.LogicalName == key.LogicalName);
        if (index is null)
        {
            index = new AlternateKeyIndex(key, Rows(table));
            indexes.Add(index);
        }

        return index;
    }

    public void Put(Entity row)
    {
        var rows = Table(row.LogicalName);
        var id = row.Id;
        var table = row.LogicalName;
        if (rows.TryGetValue(id, out var previous))
        {
            _undo.Push(() =>
            {
                rows[id] = previous;
                Changed(table, row, previous);
            });
        }
        else
        {
            _undo.Push(() =>
            {
                rows.Remove(id);
                Changed(table, row, null);
            });
        }

        rows[id] = row;
        Changed(table, previous, row);
    }

    public bool Remove(string table, Guid id)
    {
        var rows = Table(table);
        if (!rows.Remove(id, out var removed))
        {
            return false;
        }

        _undo.Push(() =>
        {
            rows[id] = removed;
            Changed(table, null, removed);
        });
        Changed(table, removed, null);
        return true;
    }

    /// <summary>Starts a transaction, or joins the one under way.</summary>
    public void Begin() => _depth++;

    /// <summary>Ends a transaction; the outermost commit forgets the journal.</summary>
    public void Commit()
    {
        if (_depth > 0 && --_depth == 0)
        {
            _undo.Clear();
        }
    }

    /// <summary>Undoes everything since the outermost Begin and ends the transaction.</summary>
    public void Rollback()
    {
        while (_undo.Count > 0)
        {
            _undo.Pop()();
        }

        _depth = 0;
    }

    private void Changed(string table, Entity? before, Entity? after)
    {
        _changes[table] = _changes.GetValueOrDefault(table) + 1;
        if (_keyIndexes.TryGetValue(table, out var indexes))
        {
            indexes.ForEach(index => index.Replace(before, after));
        }
    }

    private Dictionary<Guid, Entity> Table(string table)
    {
        if (!_tables.TryGetValue(table, out var rows))
        {
            rows = new Dictionary<Guid, Entity>();
            _tables[table] = rows;
        }

        return rows;
    }
}
