using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;
using Microsoft.OData.Edm.Vocabularies;
using Microsoft.OData.Edm.Vocabularies.V1;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// Marks an entity set whose table has change tracking enabled with <c>Org.OData.Capabilities.V1.ChangeTracking</c>
/// <c>Supported=true</c>, as Dataverse's <c>$metadata</c> does
/// (https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems).
/// </summary>
internal static class ChangeTrackingAnnotation
{
    private static readonly IEdmTerm Term = CapabilitiesVocabularyModel.Instance.FindDeclaredTerm("Org.OData.Capabilities.V1.ChangeTracking")
        ?? throw new InvalidOperationException("ODataLib's Capabilities vocabulary has no ChangeTracking term.");

    public static void Add(EdmModel model, IEdmEntitySet set)
    {
        var record = new EdmRecordExpression(new EdmPropertyConstructor("Supported", new EdmBooleanConstant(true)));
        var annotation = new EdmVocabularyAnnotation(set, Term, record);
        annotation.SetSerializationLocation(model, EdmVocabularyAnnotationSerializationLocation.Inline);
        model.SetVocabularyAnnotation(annotation);
    }
}
