using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>
/// The execution context the pipeline hands a plug-in. Its collections are made on first read when not given, so a
/// context whose creator passes them (every write's context, each step's) does not make empty ones to throw away.
/// </summary>
internal sealed class PluginExecutionContext : IPluginExecutionContext
{
    public Guid BusinessUnitId { get; init; }

    public Guid CorrelationId { get; init; }

    public int Depth { get; init; }

    public Guid InitiatingUserId { get; init; }

    public ParameterCollection InputParameters { get => field ??= new(); init; }

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

    public ParameterCollection OutputParameters { get => field ??= new(); set; }

    public EntityReference? OwningExtension { get; init; }

    public EntityImageCollection PostEntityImages { get => field ??= new(); init; }

    public EntityImageCollection PreEntityImages { get => field ??= new(); init; }

    public Guid PrimaryEntityId { get; set; }

    public string PrimaryEntityName { get; init; } = string.Empty;

    public Guid? RequestId { get; init; }

    public string SecondaryEntityName => "none";

    public ParameterCollection SharedVariables { get => field ??= new(); init; }

    public Guid UserId { get; init; }

    public IPluginExecutionContext? ParentContext { get; init; }

    public int Stage { get; init; }
}
