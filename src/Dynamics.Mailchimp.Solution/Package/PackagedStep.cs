using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>One <c>SdkMessageProcessingStep</c> of a solution zip, read back.</summary>
/// <param name="Registration">
/// The step as a declaration. Its <see cref="PluginStepRegistration.Message"/> is the name of <paramref name="SdkMessageId"/>
/// (<see cref="SdkMessageIds"/>), empty when the step carries no id or one <see cref="SdkMessageIds"/> does not list.
/// </param>
/// <param name="SdkMessageId">The step's <c>SdkMessageId</c>, or null when it carries none.</param>
/// <param name="PluginTypeName">The assembly-qualified <c>PluginTypeName</c>.</param>
public sealed record PackagedStep(PluginStepRegistration Registration, Guid? SdkMessageId, string PluginTypeName)
{
    /// <summary>Names the step in messages: <c>step 'Name' ({id})</c>.</summary>
    public string Label => $"step '{Registration.Name}' ({Registration.Id})";
}
