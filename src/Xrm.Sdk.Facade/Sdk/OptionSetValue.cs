namespace Microsoft.Xrm.Sdk
{
    /// <summary>A choice (option set) value.</summary>
    public sealed class OptionSetValue
    {
        /// <summary>Value 0.</summary>
        public OptionSetValue()
        {
        }

        /// <summary>The option <paramref name="value"/>.</summary>
        public OptionSetValue(int value)
        {
            Value = value;
        }

        /// <summary>The option's number.</summary>
        public int Value { get; set; }

        /// <summary>Same number.</summary>
        public override bool Equals(object obj) => obj is OptionSetValue other && other.Value == Value;

        /// <summary>The number's hash.</summary>
        public override int GetHashCode() => Value.GetHashCode();
    }
}
