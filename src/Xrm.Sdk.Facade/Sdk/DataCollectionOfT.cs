using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>A list collection: entities, columns, conditions.</summary>
    public class DataCollection<T> : Collection<T>
    {
        internal DataCollection()
        {
        }

        internal DataCollection(IList<T> list)
            : base(list)
        {
        }

        /// <summary>Adds items.</summary>
        public void AddRange(IEnumerable<T> items)
        {
            foreach (var item in items)
            {
                Add(item);
            }
        }

        /// <summary>Adds items.</summary>
        public void AddRange(params T[] items) => AddRange((IEnumerable<T>)items);

        /// <summary>A copy as an array.</summary>
        public T[] ToArray() => Items.ToArray();
    }
}
