namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// Items in first-seen order, each key once: what <c>DistinctBy</c> gives, for the few items of one member or record
/// without a LINQ chain for each. Keys are compared by a scan while there are few, by a set beyond.
/// </summary>
/// <typeparam name="T">The item.</typeparam>
/// <typeparam name="TKey">What makes two items the same.</typeparam>
/// <param name="key">The item's key (a static lambda, so that no delegate is allocated per member).</param>
/// <param name="comparer">Compares keys; the default when <see langword="null"/>.</param>
internal sealed class DistinctList<T, TKey>(Func<T, TKey> key, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private const int ScanLimit = 8;
    private readonly IEqualityComparer<TKey> keys = comparer ?? EqualityComparer<TKey>.Default;
    private List<T>? items;
    private HashSet<TKey>? seen;

    /// <summary>Gets the items kept.</summary>
    public IReadOnlyList<T> Items => items ?? (IReadOnlyList<T>)[];

    /// <summary>Adds <paramref name="item"/> unless an item with its key is there.</summary>
    /// <param name="item">The item.</param>
    /// <returns>True when added.</returns>
    public bool Add(T item)
    {
        var itemKey = key(item);
        if (seen is not null)
        {
            if (!seen.Add(itemKey))
            {
                return false;
            }
        }
        else if (items is not null)
        {
            foreach (var kept in items)
            {
                if (keys.Equals(key(kept), itemKey))
                {
                    return false;
                }
            }

            if (items.Count == ScanLimit)
            {
                seen = new HashSet<TKey>(keys);
                foreach (var kept in items)
                {
                    seen.Add(key(kept));
                }

                seen.Add(itemKey);
            }
        }

        (items ??= []).Add(item);
        return true;
    }

    /// <summary>Adds every item of <paramref name="source"/> (see <see cref="Add"/>).</summary>
    /// <param name="source">The items.</param>
    public void AddRange(IEnumerable<T> source)
    {
        foreach (var item in source)
        {
            Add(item);
        }
    }

    /// <summary>Whether an item with <paramref name="itemKey"/> is there.</summary>
    /// <param name="itemKey">The key.</param>
    /// <returns>True when present.</returns>
    public bool ContainsKey(TKey itemKey)
    {
        if (seen is not null)
        {
            return seen.Contains(itemKey);
        }

        if (items is null)
        {
            return false;
        }

        foreach (var kept in items)
        {
            if (keys.Equals(key(kept), itemKey))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The items, in an array of their own.</summary>
    /// <returns>The items; a shared empty array when none.</returns>
    public T[] ToArray() => items is null ? [] : [.. items];

    /// <summary>The items sorted, in an array of their own.</summary>
    /// <param name="comparison">The order; keys are distinct, so it is total when it compares keys.</param>
    /// <returns>The items.</returns>
    public T[] ToSortedArray(Comparison<T> comparison)
    {
        var sorted = ToArray();
        Array.Sort(sorted, comparison);
        return sorted;
    }
}
