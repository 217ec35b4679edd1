using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>
/// The unique index behind one alternate key: key values to the ids of the rows holding them. Built from the table's
/// rows the first time the key is checked, then kept by <see cref="RowStore"/> on every put, removal and undo, so a
/// check costs one lookup instead of a scan of the table.
/// </summary>
internal sealed class AlternateKeyIndex
{
    private readonly Dictionary<KeyValues, HashSet<Guid>> _ids = [];

    public AlternateKeyIndex(EntityKeyDefinition key, IEnumerable<Entity> rows)
    {
        Key = key;
        foreach (var row in rows)
        {
            Add(row);
        }
    }

    public EntityKeyDefinition Key { get; }

    /// <summary>The ids of the rows holding <paramref name="values"/>.</summary>
    public IReadOnlyCollection<Guid> Holders(KeyValues values) => _ids.TryGetValue(values, out var ids) ? ids : [];

    /// <summary>The key's values on <paramref name="row"/>, or null when a key column is empty.</summary>
    public KeyValues? ValuesOf(Entity row) => KeyValues.Of(Key.Attributes, row.GetAttributeValue<object?>);

    /// <summary>Moves the index from <paramref name="before"/> to <paramref name="after"/> (either null for a create or a removal).</summary>
    public void Replace(Entity? before, Entity? after)
    {
        if (before is not null)
        {
            Remove(before);
        }

        if (after is not null)
        {
            Add(after);
        }
    }

    private void Add(Entity row)
    {
        if (ValuesOf(row) is not { } values)
        {
            return;
        }

        if (!_ids.TryGetValue(values, out var ids))
        {
            ids = [];
            _ids[values] = ids;
        }

        ids.Add(row.Id);
    }

    private void Remove(Entity row)
    {
        if (ValuesOf(row) is { } values && _ids.TryGetValue(values, out var ids) && ids.Remove(row.Id) && ids.Count == 0)
        {
            _ids.Remove(values);
        }
    }
}
