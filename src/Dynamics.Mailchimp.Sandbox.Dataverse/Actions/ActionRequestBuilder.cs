using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>
/// Turns an action call into the organization request it stands for: the bound record's id and each body parameter
/// under its SDK input-parameter name. A body property the action does not declare is refused (400), as is a missing one.
/// </summary>
internal sealed class ActionRequestBuilder(SchemaCatalog schema)
{
    public OrganizationRequest Build(ActionDefinition action, Guid? boundId, string body)
    {
        var parameters = ActionParameters.Parse(body);
        var declared = action.Parameters.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var (name, _) in parameters)
        {
            if (!declared.ContainsKey(name) && !name.StartsWith('@'))
            {
                throw WebApiException.BadRequest($"The parameter '{name}' in the request payload is not a valid parameter for the operation '{action.Name}'.");
            }
        }

        var request = new OrganizationRequest(action.RequestName);
        if (action.BoundTable is not null)
        {
            request[action.BindingSdkName] = boundId ?? throw new InvalidOperationException($"The bound action {action.Name} has no record id.");
        }

        foreach (var parameter in action.Parameters.Where(p => parameters.ContainsKey(p.Name)))
        {
            if (request.Parameters.ContainsKey(parameter.SdkName))
            {
                throw WebApiException.BadRequest($"The operation '{action.Name}' takes one of {string.Join(", ", action.Parameters.Where(p => p.SdkName == parameter.SdkName).Select(p => $"'{p.Name}'"))}, not several.");
            }

            request[parameter.SdkName] = Value(parameter, parameters[parameter.Name]);
        }

        var missing = action.Parameters.Where(p => !request.Parameters.ContainsKey(p.SdkName)).Select(p => p.Name).ToArray();
        return missing.Length == 0
            ? request
            : throw WebApiException.BadRequest($"Request message has unresolved parameters: {string.Join(" or ", missing.Select(m => $"'{m}'"))} of '{action.Name}' is missing.");
    }

    private object Value(ActionParameter parameter, JsonNode? node) => parameter.Kind switch
    {
        ActionParameterKind.Guid => ActionParameters.Guid(node, parameter.Name),
        ActionParameterKind.Boolean => ActionParameters.Boolean(node, parameter.Name),
        ActionParameterKind.String => ActionParameters.String(node, parameter.Name),
        ActionParameterKind.Record => ActionParameters.Record(schema, node, parameter.Name, parameter.EntityType!),
        _ => ActionParameters.Records(schema, node, parameter.Name),
    };
}
