using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>
/// One query's <c>in</c> / <c>not-in</c> value lists as hash sets, built on first use, so that matching a row against
/// 1,000 values is one look-up instead of 1,000 comparisons. Values compare as <see cref="ValueComparer.AreEqual"/> does.
/// </summary>
internal sealed class InValueSets
{
    private readonly Dictionary<ConditionExpression, HashSet<object>> _sets = new(ReferenceEqualityComparer.Instance);

    public bool Contains(ConditionExpression condition, object value)
    {
        if (!_sets.TryGetValue(condition, out var set))
        {
            set = new HashSet<object>(condition.Values.Select(ValueComparer.Normalize).OfType<object>(), NormalizedEquality.Instance);
            _sets[condition] = set;
        }

        return set.Contains(ValueComparer.Normalize(value)!);
    }

    private sealed class NormalizedEquality : IEqualityComparer<object>
    {
        public static readonly NormalizedEquality Instance = new();

        public new bool Equals(object? x, object? y) =>
            x is string s && y is string t ? string.Equals(s, t, StringComparison.OrdinalIgnoreCase) : object.Equals(x, y);

        public int GetHashCode(object obj) =>
            obj is string s ? StringComparer.OrdinalIgnoreCase.GetHashCode(s) : obj.GetHashCode();
    }
}
