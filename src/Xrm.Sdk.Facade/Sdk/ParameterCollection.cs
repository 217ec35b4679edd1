using System.Collections.Generic;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>Request, response and shared-variable parameters by name.</summary>
    public class ParameterCollection : DataCollection<string, object>
    {
        /// <summary>An empty collection.</summary>
        public ParameterCollection()
        {
        }

        /// <summary>A collection over <paramref name="collection"/>.</summary>
        protected ParameterCollection(IDictionary<string, object> collection)
            : base(collection)
        {
        }

        /// <summary>Sets <paramref name="key"/> to <paramref name="obj"/> unless <paramref name="obj"/> is null.</summary>
        public void AddOrUpdateIfNotNull(string key, object obj)
        {
            if (obj != null)
            {
                this[key] = obj;
            }
        }

        /// <summary>Reads a value of type <typeparamref name="T"/>; false when missing or of another type.</summary>
        public bool TryGetValue<T>(string key, out T value)
        {
            if (base.TryGetValue(key, out object raw) && raw is T typed)
            {
                value = typed;
                return true;
            }

            value = default(T);
            return false;
        }
    }
}
