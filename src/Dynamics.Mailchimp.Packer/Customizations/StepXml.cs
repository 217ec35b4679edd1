using System.Globalization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Registration;
using N = Dynamics.Mailchimp.Solution.Package.CustomizationNames;

namespace Dynamics.Mailchimp.Packer.Customizations;

/// <summary>
/// One <c>SdkMessageProcessingStep</c> of customizations.xml from a registration declaration: its stable id, plug-in
/// type, table, configuration, filtering attributes, mode, rank, message, stage and images, in the element order of
/// CustomizationsSolution.xsd. EventHandlerTypeCode 4602 (plug-in type), InvocationSource 0 and SupportedDeployment 0
/// (server) are what exported solutions carry (/work/shared/reference/dataverse.md §7).
/// </summary>
public static class StepXml
{
    /// <summary>The EventHandlerTypeCode of a plug-in type handler.</summary>
    public const int PluginTypeHandler = 4602;

    /// <summary>The step element.</summary>
    /// <param name="step">The declaration.</param>
    /// <param name="assemblyId">The stable PluginAssemblyId.</param>
    /// <param name="assemblyFullName">The assembly's display name.</param>
    /// <returns>The element.</returns>
    public static XElement Build(PluginStepRegistration step, Guid assemblyId, string assemblyFullName)
    {
        ArgumentNullException.ThrowIfNull(step);
        var typeId = PluginTypeIds.Of(assemblyId, step.Plugin);
        var messageId = SdkMessageIds.Find(step.Message);
        return new XElement(
            N.Step,
            new XAttribute("Name", step.Name),
            new XAttribute(N.StepId, Braced(step.Id)),
            new XElement("PluginTypeName", PluginAssemblyXml.QualifiedName(step.Plugin, assemblyFullName)),
            new XElement("PluginTypeId", typeId.ToString()),
            new XElement("PrimaryEntity", step.Entity),
            new XElement("AsyncAutoDelete", "0"),
            Optional("Configuration", step.UnsecureConfiguration),
            Optional("Description", step.Description),
            Optional("FilteringAttributes", step.FilteringAttributes.Count == 0 ? null : string.Join(',', step.FilteringAttributes)),
            new XElement("InvocationSource", "0"),
            new XElement("Mode", Number((int)step.Mode)),
            new XElement("Rank", Number(step.Rank)),
            messageId is { } id ? new XElement("SdkMessageId", id.ToString()) : null,
            new XElement("EventHandlerTypeCode", Number(PluginTypeHandler)),
            new XElement("Stage", Number((int)step.Stage)),
            new XElement("SupportedDeployment", "0"),
            step.Images.Count == 0 ? null : new XElement(N.Images, step.Images.Select(i => Image(i, step.Message))));
    }

    /// <summary>The message property an image is taken from: <c>Id</c> for Create, <c>Target</c> otherwise.</summary>
    /// <param name="message">The step's message.</param>
    /// <returns>The property name.</returns>
    public static string MessagePropertyName(string message) => RegistrationCodes.MessagePropertyName(message);

    private static XElement Image(PluginImageRegistration image, string message) =>
        new(
            N.Image,
            new XAttribute("Name", image.Alias),
            new XElement(N.ImageId, image.Id.ToString()),
            new XElement("Attributes", string.Join(',', image.Attributes)),
            new XElement("EntityAlias", image.Alias),
            new XElement("ImageType", Number((int)image.Type)),
            new XElement("MessagePropertyName", MessagePropertyName(message)));

    private static XElement? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(name, value);

    private static string Braced(Guid id) => "{" + id.ToString() + "}";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
