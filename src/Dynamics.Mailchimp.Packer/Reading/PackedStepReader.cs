using System.Globalization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Customizations;
using Dynamics.Mailchimp.Solution.Registration;
using N = Dynamics.Mailchimp.Packer.Customizations.CustomizationNames;

namespace Dynamics.Mailchimp.Packer.Reading;

/// <summary>
/// Reads the steps of a customizations.xml back into registration declarations, so a packed zip can be compared
/// with PluginRegistration/ (and, later, imported by the sandbox). The message comes from the step's SdkMessageId;
/// a step packed without one (see <see cref="SdkMessageIds"/>) reads back with an empty message.
/// </summary>
public static class PackedStepReader
{
    /// <summary>The steps, in document order.</summary>
    /// <param name="customizations">customizations.xml.</param>
    /// <returns>One declaration per SdkMessageProcessingStep.</returns>
    public static IReadOnlyList<PluginStepRegistration> Read(XDocument customizations)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        return customizations.Root?.Element(N.Steps)?.Elements(N.Step).Select(Step).ToList() ?? [];
    }

    private static PluginStepRegistration Step(XElement step)
    {
        var messageId = (string?)step.Element("SdkMessageId");
        return new PluginStepRegistration(
            Guid.Parse((string)step.Attribute(N.StepId)!),
            (string?)step.Attribute("Name") ?? string.Empty,
            TypeName((string?)step.Element("PluginTypeName")),
            messageId is null ? string.Empty : SdkMessageIds.NameOf(Guid.Parse(messageId)) ?? string.Empty,
            (string?)step.Element("PrimaryEntity") ?? string.Empty,
            (PluginStage)Number(step, "Stage"),
            (PluginMode)Number(step, "Mode"),
            Number(step, "Rank"),
            List((string?)step.Element("FilteringAttributes")),
            step.Element(N.Images)?.Elements(N.Image).Select(Image).ToList() ?? [],
            (string?)step.Element("Configuration"),
            (string?)step.Element("Description"));
    }

    private static PluginImageRegistration Image(XElement image) =>
        new(
            Guid.Parse((string)image.Element(N.ImageId)!),
            (string?)image.Element("EntityAlias") ?? string.Empty,
            (PluginImageType)Number(image, "ImageType"),
            List((string?)image.Element("Attributes")));

    // PluginTypeName is assembly-qualified: "Type, Assembly, Version=…".
    private static string TypeName(string? qualified) => qualified?.Split(',')[0].Trim() ?? string.Empty;

    private static List<string> List(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(',').Select(v => v.Trim()).ToList();

    private static int Number(XElement parent, string name) =>
        int.Parse((string?)parent.Element(name) ?? "0", NumberStyles.Integer, CultureInfo.InvariantCulture);
}
