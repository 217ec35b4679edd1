using System.Collections;
using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A keyed collection: attributes, parameters, images.</summary>
    /// <remarks>Reading a missing key through the indexer throws <see cref="KeyNotFoundException"/>; the setter adds or replaces.</remarks>
    public abstract class DataCollection<TKey, TValue> : IEnumerable<KeyValuePair<TKey, TValue>>, IEnumerable
    {
        private readonly IDictionary<TKey, TValue> _items;

        /// <summary>An empty collection.</summary>
        protected internal DataCollection()
            : this(new Dictionary<TKey, TValue>())
        {
        }

        /// <summary>A collection over <paramref name="collection"/>.</summary>
        protected internal DataCollection(IDictionary<TKey, TValue> collection)
        {
            _items = collection;
        }

        /// <summary>How many items it holds.</summary>
        public int Count => _items.Count;

        /// <summary>Whether it refuses changes.</summary>
        public virtual bool IsReadOnly => _items.IsReadOnly;

        /// <summary>The keys.</summary>
        public ICollection<TKey> Keys => _items.Keys;

        /// <summary>The values.</summary>
        public ICollection<TValue> Values => _items.Values;

        /// <summary>Gets a value (throws when missing) or adds/replaces one.</summary>
        public virtual TValue this[TKey key]
        {
            get => _items[key];
            set => _items[key] = value;
        }

        /// <summary>Adds an item.</summary>
        public void Add(KeyValuePair<TKey, TValue> item) => _items.Add(item);

        /// <summary>Adds an item.</summary>
        public void Add(TKey key, TValue value) => _items.Add(key, value);

        /// <summary>Adds items.</summary>
        public void AddRange(IEnumerable<KeyValuePair<TKey, TValue>> items)
        {
            foreach (var item in items)
            {
                _items.Add(item);
            }
        }

        /// <summary>Adds items.</summary>
        public void AddRange(params KeyValuePair<TKey, TValue>[] items) => AddRange((IEnumerable<KeyValuePair<TKey, TValue>>)items);

        /// <summary>Removes every item.</summary>
        public void Clear() => _items.Clear();

        /// <summary>Whether the pair is present.</summary>
        public bool Contains(KeyValuePair<TKey, TValue> key) => _items.Contains(key);

        /// <summary>Whether the key is present.</summary>
        public bool Contains(TKey key) => _items.ContainsKey(key);

        /// <summary>Whether the key is present.</summary>
        public bool ContainsKey(TKey key) => _items.ContainsKey(key);

        /// <summary>Copies the pairs to an array.</summary>
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _items.CopyTo(array, arrayIndex);

        /// <summary>Enumerates the pairs.</summary>
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _items.GetEnumerator();

        /// <summary>Removes the pair.</summary>
        public bool Remove(KeyValuePair<TKey, TValue> item) => _items.Remove(item);

        /// <summary>Removes the key.</summary>
        public bool Remove(TKey key) => _items.Remove(key);

        /// <summary>Reads a value without throwing.</summary>
        public bool TryGetValue(TKey key, out TValue value) => _items.TryGetValue(key, out value);

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
