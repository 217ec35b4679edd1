using Dynamics.Mailchimp.Sandbox.Dataverse.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// Translates a parsed <c>$filter</c> into a <see cref="FilterExpression"/>: <c>eq ne gt ge lt le</c>, <c>and or not</c>,
/// parentheses, <c>null</c>, <c>contains startswith endswith</c> and <c>in</c>. Anything else is 501 naming it.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/filter-rows.
/// </summary>
internal sealed partial class FilterTranslator(TableDefinition table)
{
    public FilterExpression Translate(SingleValueNode expression)
    {
        var root = new FilterExpression(LogicalOperator.And);
        Add(root, expression, negated: false);
        return root;
    }

    private void Add(FilterExpression parent, SingleValueNode node, bool negated)
    {
        switch (node)
        {
            case ConvertNode convert:
                Add(parent, convert.Source, negated);
                break;
            case UnaryOperatorNode { OperatorKind: UnaryOperatorKind.Not } not:
                Add(parent, not.Operand, !negated);
                break;
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And or BinaryOperatorKind.Or } logical:
                var and = logical.OperatorKind == BinaryOperatorKind.And ^ negated;
                var child = parent.AddFilter(and ? LogicalOperator.And : LogicalOperator.Or);
                Add(child, logical.Left, negated);
                Add(child, logical.Right, negated);
                break;
            case BinaryOperatorNode comparison:
                parent.AddCondition(Comparison(comparison, negated));
                break;
            case SingleValueFunctionCallNode function:
                parent.AddCondition(Function(function, negated));
                break;
            case InNode inNode:
                parent.AddCondition(In(inNode, negated));
                break;
            default:
                throw WebApiException.NotImplemented($"The $filter expression kind '{node.Kind}'");
        }
    }

    private ConditionExpression Comparison(BinaryOperatorNode node, bool negated)
    {
        var left = Unwrap(node.Left);
        var right = Unwrap(node.Right);
        var op = node.OperatorKind;
        if (left is ConstantNode && right is SingleValuePropertyAccessNode)
        {
            (left, right) = (right, left);
            op = Mirror(op);
        }

        var column = Column(left);
        var constant = right as ConstantNode ?? throw WebApiException.NotImplemented($"Comparing '{column.LogicalName}' with a non-constant in $filter");
        var value = ConstantValues.ToSdk(constant.Value, column);
        if (value is null)
        {
            return op switch
            {
                BinaryOperatorKind.Equal => new ConditionExpression(column.LogicalName, negated ? ConditionOperator.NotNull : ConditionOperator.Null),
                BinaryOperatorKind.NotEqual => new ConditionExpression(column.LogicalName, negated ? ConditionOperator.Null : ConditionOperator.NotNull),
                _ => throw WebApiException.BadRequest($"The operator '{op}' cannot compare '{column.LogicalName}' with null."),
            };
        }

        return new ConditionExpression(column.LogicalName, Operator(op, negated), value);
    }

    private ColumnDefinition Column(SingleValueNode node) => node switch
    {
        SingleValuePropertyAccessNode access => PropertyNames.Resolve(table, access.Property.Name)
            ?? throw WebApiException.BadRequest($"Could not find a property named '{access.Property.Name}' on type '{PropertyNames.TypeName(table)}'."),
        SingleValueFunctionCallNode function => throw WebApiException.NotImplemented($"The $filter function '{function.Name}' as a comparison operand"),
        _ => throw WebApiException.NotImplemented($"A $filter operand of kind '{node.Kind}' (only properties compared with constants)"),
    };
}
