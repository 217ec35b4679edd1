using Dynamics.Mailchimp.Packer.Customizations;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Packer.Tests.Customizations;

/// <summary>
/// Conformance with the steps of real exported solutions (Campaign Monitor for Dynamics and Newsman for Dynamics CRM
/// customizations.xml, recorded in /work/shared/reference/dataverse.md §7): braced step id, SdkMessageId per message,
/// EventHandlerTypeCode 4602, InvocationSource 0, SupportedDeployment 0.
/// </summary>
public sealed class StepXmlTests
{
    private static readonly Guid AssemblyId = new("d45b9276-bb8a-4678-ab2c-af711e476710");

    [Fact]
    public void Build_UpdateStep_CarriesTheRecordedMessageIdAndHandlerFields()
    {
        // Arrange
        var step = CreateStep("Update", [new PluginImageRegistration(Guid.Parse("5c10c705-dd4c-4670-888f-e8f18428d2fe"), "PreImage", PluginImageType.PreImage, ["emailaddress1", "statecode"])]);

        // Act
        var xml = StepXml.Build(step, AssemblyId, "A, Version=1.0.0.0, Culture=neutral, PublicKeyToken=0123456789abcdef");

        // Assert
        Assert.Equal("{" + step.Id + "}", (string?)xml.Attribute("SdkMessageProcessingStepId"));
        Assert.Equal("20bebb1b-ea3e-db11-86a7-000a3a5473e8", (string?)xml.Element("SdkMessageId"));
        Assert.Equal("4602", (string?)xml.Element("EventHandlerTypeCode"));
        Assert.Equal("0", (string?)xml.Element("InvocationSource"));
        Assert.Equal("0", (string?)xml.Element("SupportedDeployment"));
        Assert.Equal("emailaddress1,firstname", (string?)xml.Element("FilteringAttributes"));
        Assert.Equal("Target", (string?)xml.Descendants("MessagePropertyName").Single());
        Assert.Equal("emailaddress1,statecode", (string?)xml.Descendants("Attributes").Single());
    }

    [Fact]
    public void Build_CreateStepImage_IsTakenFromTheIdProperty()
    {
        // Arrange: Create's image is keyed on the new record's Id (the Plug-in Registration Tool's message property).
        var step = CreateStep("Create", [new PluginImageRegistration(Guid.Parse("0b6f7c3a-7d0e-4a57-9a0e-2d7f7b1c9e01"), "PostImage", PluginImageType.PostImage, ["emailaddress1"])]) with { FilteringAttributes = [] };

        // Act
        var xml = StepXml.Build(step, AssemblyId, "A");

        // Assert
        Assert.Equal("Id", (string?)xml.Descendants("MessagePropertyName").Single());
        Assert.Null(xml.Element("FilteringAttributes"));
    }

    [Fact(DisplayName = "Build_DeleteStep_CarriesDeletesIdFromARealOrganization (source: MicrosoftDocs/powerapps-docs, developer/data-platform/org-service/use-messages.md, the sdkmessagefilters response for account)")]
    public void Build_DeleteStep_CarriesDeletesIdFromARealOrganization()
    {
        // Arrange: the same recorded response gives Create and Update with the ids the exported solutions carry.
        var step = CreateStep("Delete", []) with { FilteringAttributes = [], Stage = PluginStage.PreOperation };

        // Act
        var xml = StepXml.Build(step, AssemblyId, "A");

        // Assert
        Assert.Equal("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8", (string?)xml.Element("SdkMessageId"));
        Assert.Equal("Delete", SdkMessageIds.NameOf(Guid.Parse("a1bdbb1b-ea3e-db11-86a7-000a3a5473e8")));
    }

    [Fact]
    public void Build_MessageWithoutARecordedId_OmitsSdkMessageId()
    {
        // Arrange: a wrong id fails the import, so an unknown one is left out and warned about.
        var step = CreateStep("RemoveMember", []) with { FilteringAttributes = [] };

        // Act
        var xml = StepXml.Build(step, AssemblyId, "A");

        // Assert
        Assert.Null(xml.Element("SdkMessageId"));
    }

    private static PluginStepRegistration CreateStep(string message, IReadOnlyList<PluginImageRegistration> images) =>
        new(
            Guid.Parse("38e869dc-8303-4363-ad40-062379a855a8"),
            "Dynamics.Mailchimp: queue contact update",
            "Dynamics.Mailchimp.Plugins.MemberUpdatedPlugin",
            message,
            "contact",
            PluginStage.PostOperation,
            PluginMode.Synchronous,
            1,
            ["emailaddress1", "firstname"],
            images,
            "EchoTag=dmc-sync",
            "Queues a changed contact.");
}
