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
            set = new HashSet<object>(condition.Values.Select(ValueComparer.Normalize).OfType<object>(), NormalizedValueEquality.Instance);
            _sets[condition] = set;
        }

        return set.Contains(ValueComparer.Normalize(value)!);
    }

}
