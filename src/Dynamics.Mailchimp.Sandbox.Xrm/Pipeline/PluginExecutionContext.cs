using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>The execution context the pipeline hands a plug-in.</summary>
internal sealed class PluginExecutionContext : IPluginExecutionContext
{
    public Guid BusinessUnitId { get; init; }

    public Guid CorrelationId { get; init; }

    public int Depth { get; init; }

    public Guid InitiatingUserId { get; init; }

    public ParameterCollection InputParameters { get; init; } = new();

    public bool IsExecutingOffline => false;

    public bool IsInTransaction { get; init; }

    public bool IsOfflinePlayback => false;

    public int IsolationMode => 2;

    public string MessageName { get; init; } = string.Empty;

    public int Mode { get; init; }

    public DateTime OperationCreatedOn { get; init; }

    public Guid OperationId { get; init; }

    public Guid OrganizationId { get; init; }

    public string OrganizationName { get; init; } = string.Empty;

    public ParameterCollection OutputParameters { get; set; } = new();

    public EntityReference? OwningExtension { get; init; }

    public EntityImageCollection PostEntityImages { get; init; } = new();

    public EntityImageCollection PreEntityImages { get; init; } = new();

    public Guid PrimaryEntityId { get; set; }

    public string PrimaryEntityName { get; init; } = string.Empty;

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName => "none";

    public ParameterCollection SharedVariables { get; init; } = new();

    public Guid UserId { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }

    public int Stage { get; init; }
}
