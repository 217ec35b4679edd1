using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>A hand-made plug-in context, for running one plug-in directly (bad input the platform would not send).</summary>
/// <param name="Message">The SDK message.</param>
/// <param name="Entity">The primary table.</param>
/// <param name="EntityId">The primary record.</param>
public sealed record PluginInvocation(string Message, string Entity, Guid EntityId)
{
    /// <summary>The stage.</summary>
    /// <value>40 (PostOperation).</value>
    public int Stage { get; init; } = 40;

    /// <summary>Input parameters.</summary>
    public ParameterCollection InputParameters { get; init; } = new();

    /// <summary>Pre-images by alias.</summary>
    public EntityImageCollection PreEntityImages { get; init; } = new();

    /// <summary>Post-images by alias.</summary>
    public EntityImageCollection PostEntityImages { get; init; } = new();

    /// <summary>Shared variables (the Web API tag lands here).</summary>
    public ParameterCollection SharedVariables { get; init; } = new();

    /// <summary>The operation's time (<c>OperationCreatedOn</c>); the organization's clock when null.</summary>
    public DateTime? OperationCreatedOn { get; init; }

    /// <summary>The calling user; the organization's SYSTEM user when null.</summary>
    public Guid? UserId { get; init; }
}
