using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>Evaluates conditions and filters; null never equals anything (SQL semantics), as in Dataverse.</summary>
internal static class ConditionEvaluator
{
    public static bool Matches(FilterExpression filter, Func<string?, Entity?> rowFor, InValueSets sets)
    {
        // Plain loops: this runs for every row of a scan. An empty filter matches; And needs all, Or any.
        var and = filter.FilterOperator == LogicalOperator.And;
        var any = false;
        foreach (var condition in filter.Conditions)
        {
            any = true;
            if (Matches(condition, rowFor(condition.EntityName), sets) != and)
            {
                return !and;
            }
        }

        foreach (var child in filter.Filters)
        {
            any = true;
            if (Matches(child, rowFor, sets) != and)
            {
                return !and;
            }
        }

        return and || !any;
    }

    public static bool Matches(ConditionExpression condition, Entity? row, InValueSets sets)
    {
        var value = row is not null && row.Attributes.TryGetValue(condition.AttributeName, out var v) ? v : null;
        return condition.Operator switch
        {
            ConditionOperator.Null => value is null,
            ConditionOperator.NotNull => value is not null,
            ConditionOperator.Equal => value is not null && ValueComparer.AreEqual(value, Single(condition)),
            ConditionOperator.NotEqual => value is not null && !ValueComparer.AreEqual(value, Single(condition)),
            ConditionOperator.In => value is not null && sets.Contains(condition, value),
            ConditionOperator.NotIn => value is not null && !sets.Contains(condition, value),
            ConditionOperator.GreaterThan => value is not null && ValueComparer.Compare(value, Single(condition)) > 0,
            ConditionOperator.GreaterEqual => value is not null && ValueComparer.Compare(value, Single(condition)) >= 0,
            ConditionOperator.LessThan => value is not null && ValueComparer.Compare(value, Single(condition)) < 0,
            ConditionOperator.LessEqual => value is not null && ValueComparer.Compare(value, Single(condition)) <= 0,
            ConditionOperator.Like => value is string s && Like(s, (string)Single(condition)!),
            ConditionOperator.NotLike => value is string s && !Like(s, (string)Single(condition)!),
            ConditionOperator.BeginsWith => value is string s && s.StartsWith((string)Single(condition)!, StringComparison.OrdinalIgnoreCase),
            ConditionOperator.EndsWith => value is string s && s.EndsWith((string)Single(condition)!, StringComparison.OrdinalIgnoreCase),
            _ => throw new NotSupportedByInMemoryServiceException($"The condition operator {condition.Operator}"),
        };
    }

    private static object? Single(ConditionExpression condition) =>
        condition.Values.Count == 1
            ? condition.Values[0]
            : throw new OrganizationServiceFaultException(OrganizationErrorCodes.InvalidArgument, $"The condition {condition.Operator} on '{condition.AttributeName}' takes one value; it has {condition.Values.Count}.");

    private static bool Like(string value, string pattern)
    {
        var regex = "^" + Regex.Escape(pattern).Replace("%", ".*", StringComparison.Ordinal).Replace("_", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(value, regex, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
