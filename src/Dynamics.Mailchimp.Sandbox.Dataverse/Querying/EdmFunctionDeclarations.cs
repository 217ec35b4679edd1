using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.OData.Edm;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// Declares the functions the sandbox serves in the EDM model, so <c>$metadata</c> shows them: today only the unbound
/// <c>WhoAmI</c> function (with its function import) returning the <c>WhoAmIResponse</c> complex type, whose properties are
/// <c>BusinessUnitId</c>, <c>UserId</c> and <c>OrganizationId</c>
/// (https://learn.microsoft.com/power-apps/developer/data-platform/webapi/reference/whoami and …/whoamiresponse).
/// </summary>
internal static class EdmFunctionDeclarations
{
    public const string WhoAmIResponse = WebApiNames.WhoAmI + "Response";

    private static readonly string[] WhoAmIProperties = ["BusinessUnitId", "UserId", "OrganizationId"];

    public static void Add(EdmModel model, EdmEntityContainer container)
    {
        var response = new EdmComplexType(WebApiNames.Namespace, WhoAmIResponse);
        foreach (var property in WhoAmIProperties)
        {
            response.AddStructuralProperty(property, EdmPrimitiveTypeKind.Guid, isNullable: false);
        }

        model.AddElement(response);
        var function = new EdmFunction(WebApiNames.Namespace, WebApiNames.WhoAmI, new EdmComplexTypeReference(response, false), isBound: false, entitySetPathExpression: null, isComposable: false);
        model.AddElement(function);
        container.AddFunctionImport(WebApiNames.WhoAmI, function);
    }
}
