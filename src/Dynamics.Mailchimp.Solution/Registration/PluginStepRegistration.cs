namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>One declared plug-in step: what runs, on which message, table and stage.</summary>
/// <param name="Id">Stable step id (the SdkMessageProcessingStepId; never change it once shipped).</param>
/// <param name="Name">The step's display name.</param>
/// <param name="Plugin">The plug-in type's full name.</param>
/// <param name="Message">The SDK message name, for example <c>Update</c> or <c>AddListMembers</c>.</param>
/// <param name="Entity">The primary table's logical name.</param>
/// <param name="Stage">The pipeline stage.</param>
/// <param name="Mode">Synchronous or asynchronous.</param>
/// <param name="Rank">Execution order among steps on the same stage.</param>
/// <param name="FilteringAttributes">For Update: the step fires only when one of these columns is sent.</param>
/// <param name="Images">Entity images the step receives.</param>
/// <param name="UnsecureConfiguration">Configuration passed to the plug-in's constructor.</param>
/// <param name="Description">What the step is for.</param>
public sealed record PluginStepRegistration(
    Guid Id,
    string Name,
    string Plugin,
    string Message,
    string Entity,
    PluginStage Stage,
    PluginMode Mode,
    int Rank,
    IReadOnlyList<string> FilteringAttributes,
    IReadOnlyList<PluginImageRegistration> Images,
    string? UnsecureConfiguration,
    string? Description);
