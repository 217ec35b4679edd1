using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>
/// The rows of every table, with a global row-version counter and an undo journal, so that an operation and
/// everything its synchronous plug-ins wrote commit or roll back together. Not thread-safe: the organization locks.
/// </summary>
internal sealed class RowStore
{
    private readonly Dictionary<string, Dictionary<Guid, Entity>> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _changes = new(StringComparer.Ordinal);
    private readonly Stack<Action> _undo = new();
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
                Changed(table);
            });
        }
        else
        {
            _undo.Push(() =>
            {
                rows.Remove(id);
                Changed(table);
            });
        }

        rows[id] = row;
        Changed(table);
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
            Changed(table);
        });
        Changed(table);
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

    private void Changed(string table) => _changes[table] = _changes.GetValueOrDefault(table) + 1;

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
