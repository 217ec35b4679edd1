using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Tests.Support;

namespace Dynamics.Mailchimp.Packer.Tests.Customizations;

/// <summary>
/// The packed customizations.xml validates against Microsoft's CustomizationsSolution.xsd (Dataverse 9.0.0.2090,
/// ../shared/schemas/dataverse-9.0.0.2090) with .NET's XmlSchemaSet.
/// </summary>
public sealed class CustomizationsSchemaTests : IClassFixture<PackedRepository>
{
    private readonly PackedRepository packed;

    public CustomizationsSchemaTests(PackedRepository packed) => this.packed = packed;

    [Fact]
    public void Validate_PackedCustomizations_HasZeroErrors()
    {
        // Arrange
        var customizations = packed.Managed.Customizations;

        // Act
        var errors = CustomizationsSchema.Validate(customizations);

        // Assert
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Validate_StepWithAnUndeclaredElement_IsReported()
    {
        // Arrange: the check must be able to fail on the part the packer writes.
        var customizations = new XDocument(packed.Managed.Customizations);
        customizations.Descendants("SdkMessageProcessingStep").First().Add(new XElement("MessageName", "Update"));

        // Act
        var errors = CustomizationsSchema.Validate(customizations);

        // Assert
        Assert.NotEmpty(errors);
    }
}
