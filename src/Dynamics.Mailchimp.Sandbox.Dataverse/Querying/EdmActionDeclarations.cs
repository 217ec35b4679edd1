using Dynamics.Mailchimp.Sandbox.Dataverse.Actions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.OData.Edm;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// Declares every action of <see cref="ListActions"/> in the EDM model, so <c>$metadata</c> shows what the sandbox serves:
/// bound ones with the <c>entity</c> binding parameter, entity collections as <c>Collection(crmbaseentity)</c>, and
/// AddMemberList's <c>AddMemberListResponse</c> complex type with its <c>Id</c> property
/// (MicrosoftDocs/dynamics-365-customer-engagement progref/webapireference/complextypes/addmemberlistresponse.md).
/// </summary>
internal static class EdmActionDeclarations
{
    public const string BaseEntityType = "crmbaseentity";

    public static void Add(EdmModel model, IEdmEntityType baseType, Func<string, IEdmEntityType?> tableType)
    {
        var addMemberResponse = new EdmComplexType(WebApiNames.Namespace, ListActions.AddMemberList + "Response");
        addMemberResponse.AddStructuralProperty(ListActionResults.Id, EdmPrimitiveTypeKind.Guid, isNullable: false);
        model.AddElement(addMemberResponse);

        foreach (var action in ListActions.Served.Values.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var returns = action.Returns switch
            {
                ActionReturnKind.AddMemberListResponse => new EdmComplexTypeReference(addMemberResponse, false),
                ActionReturnKind.List => Entity(tableType, action.BoundTable ?? "list"),
                _ => (IEdmTypeReference?)null,
            };
            var declaration = new EdmAction(WebApiNames.Namespace, action.Name, returns, isBound: action.BoundTable is not null, entitySetPathExpression: null);
            if (action.BoundTable is not null)
            {
                declaration.AddParameter("entity", Entity(tableType, action.BoundTable));
            }

            foreach (var parameter in action.Parameters)
            {
                declaration.AddParameter(parameter.Name, parameter.Kind switch
                {
                    ActionParameterKind.Guid => EdmCoreModel.Instance.GetGuid(false),
                    ActionParameterKind.Boolean => EdmCoreModel.Instance.GetBoolean(false),
                    ActionParameterKind.String => EdmCoreModel.Instance.GetString(false),
                    ActionParameterKind.Record => Entity(tableType, parameter.EntityType!),
                    _ => new EdmCollectionTypeReference(new EdmCollectionType(new EdmEntityTypeReference(baseType, false))),
                });
            }

            model.AddElement(declaration);
        }
    }

    private static EdmEntityTypeReference Entity(Func<string, IEdmEntityType?> tableType, string table) =>
        new(tableType(table) ?? throw new InvalidOperationException($"The sandbox schema has no '{table}' table for its actions."), false);
}
