using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>
/// The annotations a lookup value carries when <c>Prefer: odata.include-annotations</c> asks for them, and only then:
/// <c>_x_value@Microsoft.Dynamics.CRM.lookuplogicalname</c>. (Formatted values, <c>OData.Community.Display.V1.FormattedValue</c>,
/// are never written: the sandbox's schema has no labels.)
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/query/select-columns#formatted-values.
/// </summary>
internal static class LookupAnnotations
{
    public static void Add(JsonObject json, string property, object? value, PreferHeader prefer)
    {
        if (value is EntityReference reference && Asked(prefer))
        {
            json[Name(property)] = reference.LogicalName;
        }
    }

    /// <summary>Whether <paramref name="prefer"/> asks for the lookups' annotation.</summary>
    public static bool Asked(PreferHeader prefer) => prefer.Includes(WebApiNames.LookupLogicalNameAnnotation);

    /// <summary>The annotation's property name for the lookup property <paramref name="property"/>.</summary>
    public static string Name(string property) => $"{property}@{WebApiNames.LookupLogicalNameAnnotation}";
}
