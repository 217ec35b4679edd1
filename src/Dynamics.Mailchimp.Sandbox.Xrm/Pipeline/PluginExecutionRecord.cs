namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>One plug-in step execution, with the organization calls it made: what tests assert on.</summary>
public sealed class PluginExecutionRecord
{
    private readonly List<string> _traces = [];

    internal PluginExecutionRecord(Guid stepId, string plugin, string message, string entity, Guid entityId, int stage, int depth)
    {
        StepId = stepId;
        Plugin = plugin;
        Message = message;
        Entity = entity;
        EntityId = entityId;
        Stage = stage;
        Depth = depth;
    }

    /// <summary>The registered step's id.</summary>
    public Guid StepId { get; }

    /// <summary>The plug-in type's full name.</summary>
    public string Plugin { get; }

    /// <summary>The SDK message.</summary>
    public string Message { get; }

    /// <summary>The primary table.</summary>
    public string Entity { get; }

    /// <summary>The primary record's id.</summary>
    public Guid EntityId { get; internal set; }

    /// <summary>The stage number.</summary>
    public int Stage { get; }

    /// <summary>The execution depth.</summary>
    public int Depth { get; }

    /// <summary>Retrieve, RetrieveMultiple and other read calls the plug-in made.</summary>
    public int Reads { get; internal set; }

    /// <summary>Create, Update, Delete and other write calls the plug-in made.</summary>
    public int Writes { get; internal set; }

    /// <summary>What the plug-in traced.</summary>
    public IReadOnlyList<string> Traces => _traces;

    /// <summary>The exception the plug-in threw, if any.</summary>
    public Exception? Failure { get; internal set; }

    internal void AddTrace(string line) => _traces.Add(line);

    /// <inheritdoc />
    public override string ToString() => $"{Plugin} on {Message} of {Entity} {EntityId} (stage {Stage}): {Reads} read(s), {Writes} write(s)";
}
