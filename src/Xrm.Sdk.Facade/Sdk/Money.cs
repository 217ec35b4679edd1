namespace Microsoft.Xrm.Sdk
{
    /// <summary>A currency amount.</summary>
    public sealed class Money
    {
        /// <summary>Zero.</summary>
        public Money()
        {
        }

        /// <summary>The amount <paramref name="value"/>.</summary>
        public Money(decimal value)
        {
            Value = value;
        }

        /// <summary>The amount.</summary>
        public decimal Value { get; set; }

        /// <summary>Same amount.</summary>
        public override bool Equals(object obj) => obj is Money other && other.Value == Value;

        /// <summary>The amount's hash.</summary>
        public override int GetHashCode() => Value.GetHashCode();
    }
}
