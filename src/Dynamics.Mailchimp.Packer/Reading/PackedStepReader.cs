using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Packer.Reading;

/// <summary>
/// Reads the steps of a customizations.xml back into registration declarations, so a packed zip can be compared
/// with PluginRegistration/ (<see cref="PackagedStepXml"/>, shared with the sandbox's import). The message comes from
/// the step's SdkMessageId; a step packed without one (see <see cref="SdkMessageIds"/>) reads back with an empty message.
/// </summary>
public static class PackedStepReader
{
    /// <summary>The steps, in document order.</summary>
    /// <param name="customizations">customizations.xml.</param>
    /// <returns>One declaration per SdkMessageProcessingStep.</returns>
    public static IReadOnlyList<PluginStepRegistration> Read(XDocument customizations) =>
        PackagedStepXml.Read(customizations).Select(s => s.Registration).ToList();
}
