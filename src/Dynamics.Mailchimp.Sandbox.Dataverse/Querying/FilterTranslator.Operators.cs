using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>Operator mapping: OData comparison operators to condition operators, mirrored and negated.</summary>
internal sealed partial class FilterTranslator
{
    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    private static BinaryOperatorKind Mirror(BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        _ => op,
    };

    private static ConditionOperator Operator(BinaryOperatorKind op, bool negated) => (op, negated) switch
    {
        (BinaryOperatorKind.Equal, false) or (BinaryOperatorKind.NotEqual, true) => ConditionOperator.Equal,
        (BinaryOperatorKind.NotEqual, false) or (BinaryOperatorKind.Equal, true) => ConditionOperator.NotEqual,
        (BinaryOperatorKind.GreaterThan, false) or (BinaryOperatorKind.LessThanOrEqual, true) => ConditionOperator.GreaterThan,
        (BinaryOperatorKind.GreaterThanOrEqual, false) or (BinaryOperatorKind.LessThan, true) => ConditionOperator.GreaterEqual,
        (BinaryOperatorKind.LessThan, false) or (BinaryOperatorKind.GreaterThanOrEqual, true) => ConditionOperator.LessThan,
        (BinaryOperatorKind.LessThanOrEqual, false) or (BinaryOperatorKind.GreaterThan, true) => ConditionOperator.LessEqual,
        _ => throw WebApiException.NotImplemented($"The $filter operator '{op}'"),
    };
}
