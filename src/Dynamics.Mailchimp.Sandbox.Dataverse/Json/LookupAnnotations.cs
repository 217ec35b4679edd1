using System.Text.Json;
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
        if (value is EntityReference reference && prefer.Includes(WebApiNames.LookupLogicalNameAnnotation))
        {
            json[Name(property)] = reference.LogicalName;
        }
    }

    /// <summary>As <see cref="Add"/>, straight to <paramref name="writer"/>.</summary>
    public static void Write(Utf8JsonWriter writer, string property, object? value, PreferHeader prefer)
    {
        if (value is EntityReference reference && prefer.Includes(WebApiNames.LookupLogicalNameAnnotation))
        {
            writer.WriteString(Name(property), reference.LogicalName);
        }
    }

    private static string Name(string property) => $"{property}@{WebApiNames.LookupLogicalNameAnnotation}";
}
