using Dynamics.Mailchimp.Sandbox.Xrm.Querying;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Storage;

/// <summary>
/// The values of one alternate key on one row, normalized as Dataverse compares them (<see cref="ValueComparer.Normalize"/>:
/// a lookup by id, a choice by value, text ignoring case), so two rows with equal keys give equal instances.
/// </summary>
internal sealed class KeyValues : IEquatable<KeyValues>
{
    private readonly object[] _values;
    private readonly int _hash;

    private KeyValues(object[] values)
    {
        _values = values;
        var hash = new HashCode();
        foreach (var value in values)
        {
            hash.Add(NormalizedValueEquality.Instance.GetHashCode(value));
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>The key's values on <paramref name="read"/>, or null when a key column is empty (the row is outside the key's filtered index).</summary>
    public static KeyValues? Of(IReadOnlyList<string> columns, Func<string, object?> read)
    {
        var values = new object[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            if (ValueComparer.Normalize(read(columns[i])) is not { } value)
            {
                return null;
            }

            values[i] = value;
        }

        return new KeyValues(values);
    }

    public bool Equals(KeyValues? other) =>
        other is not null && other._hash == _hash && other._values.Length == _values.Length
        && _values.Select((v, i) => NormalizedValueEquality.Instance.Equals(v, other._values[i])).All(same => same);

    public override bool Equals(object? obj) => Equals(obj as KeyValues);

    public override int GetHashCode() => _hash;
}
