using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.OData.UriParser;
using Microsoft.Xrm.Sdk.Query;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>String functions (<c>contains startswith endswith</c>) and the <c>in</c> operator.</summary>
internal sealed partial class FilterTranslator
{
    private ConditionExpression Function(SingleValueFunctionCallNode node, bool negated)
    {
        var arguments = node.Parameters.OfType<SingleValueNode>().Select(Unwrap).ToArray();
        if (arguments.Length != 2 || arguments[1] is not ConstantNode { Value: string text })
        {
            throw WebApiException.NotImplemented($"The $filter function '{node.Name}' with these arguments");
        }

        var column = Column(arguments[0]).LogicalName;
        return node.Name switch
        {
            "contains" => new ConditionExpression(column, negated ? ConditionOperator.NotLike : ConditionOperator.Like, $"%{text}%"),
            "startswith" => negated ? new ConditionExpression(column, ConditionOperator.NotLike, $"{text}%") : new ConditionExpression(column, ConditionOperator.BeginsWith, text),
            "endswith" => negated ? new ConditionExpression(column, ConditionOperator.NotLike, $"%{text}") : new ConditionExpression(column, ConditionOperator.EndsWith, text),
            _ => throw WebApiException.NotImplemented($"The $filter function '{node.Name}'"),
        };
    }

    private ConditionExpression In(InNode node, bool negated)
    {
        var column = Column(Unwrap(node.Left));
        if (node.Right is not CollectionConstantNode list)
        {
            throw WebApiException.NotImplemented("The $filter 'in' operator with a non-constant list");
        }

        var values = list.Collection.Select(c => ConstantValues.ToSdk(c.Value, column)).ToArray();
        return new ConditionExpression(column.LogicalName, negated ? ConditionOperator.NotIn : ConditionOperator.In, values!);
    }
}
