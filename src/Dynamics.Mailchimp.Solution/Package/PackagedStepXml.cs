using System.Globalization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Registration;
using N = Dynamics.Mailchimp.Solution.Package.CustomizationNames;

namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>
/// Reads the <c>SdkMessageProcessingSteps</c> of a customizations.xml back into registration declarations (the
/// packer's round-trip tests and the sandbox's import). The message comes from the step's <c>SdkMessageId</c>
/// through <see cref="SdkMessageIds"/>.
/// </summary>
public static class PackagedStepXml
{
    /// <summary>The steps, in document order.</summary>
    /// <param name="customizations">customizations.xml.</param>
    /// <returns>One entry per <c>SdkMessageProcessingStep</c>.</returns>
    /// <exception cref="FormatException">A step's id, number or image is malformed; the message names the step.</exception>
    public static IReadOnlyList<PackagedStep> Read(XDocument customizations)
    {
        ArgumentNullException.ThrowIfNull(customizations);
        return customizations.Root?.Element(N.Steps)?.Elements(N.Step).Select(Step).ToList() ?? [];
    }

    private static PackagedStep Step(XElement step)
    {
        var name = (string?)step.Attribute("Name") ?? string.Empty;
        var label = $"step '{name}'";
        var id = ParseGuid((string?)step.Attribute(N.StepId), label, N.StepId);
        label = $"step '{name}' ({id})";
        var messageId = (string?)step.Element("SdkMessageId") is { } text ? ParseGuid(text, label, "SdkMessageId") : (Guid?)null;
        var typeName = (string?)step.Element("PluginTypeName") ?? string.Empty;
        var registration = new PluginStepRegistration(
            id,
            name,
            typeName.Split(',')[0].Trim(),
            messageId is { } known ? SdkMessageIds.NameOf(known) ?? string.Empty : string.Empty,
            (string?)step.Element("PrimaryEntity") ?? string.Empty,
            Enum<PluginStage>(step, "Stage", label),
            Enum<PluginMode>(step, "Mode", label),
            Number(step, "Rank", label),
            List((string?)step.Element("FilteringAttributes")),
            step.Element(N.Images)?.Elements(N.Image).Select(i => Image(i, label)).ToList() ?? [],
            (string?)step.Element("Configuration"),
            (string?)step.Element("Description"));
        return new PackagedStep(registration, messageId, typeName);
    }

    private static PluginImageRegistration Image(XElement image, string label) =>
        new(
            ParseGuid((string?)image.Element(N.ImageId), label, N.ImageId),
            (string?)image.Element("EntityAlias") ?? string.Empty,
            Enum<PluginImageType>(image, "ImageType", label),
            List((string?)image.Element("Attributes")));

    private static List<string> List(string? value) =>
        string.IsNullOrEmpty(value) ? [] : value.Split(',').Select(v => v.Trim()).ToList();

    private static Guid ParseGuid(string? value, string label, string element) =>
        Guid.TryParse(value, out var id) ? id : throw new FormatException($"{label} has {element} '{value}', which is not a GUID");

    private static int Number(XElement parent, string name, string label)
    {
        var value = (string?)parent.Element(name) ?? "0";
        return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new FormatException($"{label} has {name} '{value}', which is not a number");
    }

    private static T Enum<T>(XElement parent, string name, string label)
        where T : struct, Enum
    {
        var value = (T)(object)Number(parent, name, label);
        return System.Enum.IsDefined(value) ? value : throw new FormatException($"{label} has {name} {Convert.ToInt32(value, CultureInfo.InvariantCulture)}, which Dataverse does not define");
    }
}
