using System.Collections.Concurrent;
using Dynamics.Mailchimp.Plugins;
using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>The registered steps, by message and table, and one cached plug-in instance per step.</summary>
internal sealed class PluginPipeline
{
    private readonly Dictionary<(string Message, string Entity), PluginStepRegistration[]> _steps;
    private readonly ConcurrentDictionary<Guid, IPlugin> _instances = new();
    private readonly Func<PluginStepRegistration, IPlugin> _factory;

    public PluginPipeline(PluginRegistrationManifest manifest, Func<PluginStepRegistration, IPlugin> factory)
    {
        _steps = manifest.Steps.GroupBy(s => (s.Message, s.Entity)).ToDictionary(g => g.Key, g => g.ToArray());
        _factory = factory;
    }

    /// <summary>The steps registered for <paramref name="message"/> on <paramref name="entity"/>, in registration order (one shared, unchanging array).</summary>
    public IReadOnlyList<PluginStepRegistration> StepsFor(string message, string entity) => _steps.GetValueOrDefault((message, entity)) ?? [];

    public IPlugin PluginFor(PluginStepRegistration step) => _instances.GetOrAdd(step.Id, _ => _factory(step));

    /// <summary>Update steps with filtering attributes fire only when the update sends one of them.</summary>
    public static bool Fires(PluginStepRegistration step, OrganizationRequest request) =>
        step.FilteringAttributes.Count == 0
        || step.Message != "Update"
        || (request.Parameters.TryGetValue("Target", out var target) && target is Entity entity && step.FilteringAttributes.Any(entity.Contains));

    public static PluginExecutionContext ContextFor(PluginStepRegistration step, PluginExecutionContext context, Entity? before, Entity? after, bool inTransaction)
    {
        var pre = new EntityImageCollection();
        var post = new EntityImageCollection();
        foreach (var image in step.Images)
        {
            var source = image.Type == PluginImageType.PreImage ? before : after;
            if (source is not null)
            {
                (image.Type == PluginImageType.PreImage ? pre : post)[image.Alias] = EntityCopy.Clone(source, image.Attributes.Count == 0 ? null : image.Attributes);
            }
        }

        return new PluginExecutionContext
        {
            MessageName = context.MessageName,
            PrimaryEntityName = context.PrimaryEntityName,
            PrimaryEntityId = context.PrimaryEntityId,
            InputParameters = context.InputParameters,
            OutputParameters = context.OutputParameters,
            SharedVariables = context.SharedVariables,
            ParentContext = context.ParentContext,
            Depth = context.Depth,
            UserId = context.UserId,
            InitiatingUserId = context.InitiatingUserId,
            CorrelationId = context.CorrelationId,
            OrganizationId = context.OrganizationId,
            OrganizationName = context.OrganizationName,
            BusinessUnitId = context.BusinessUnitId,
            OperationCreatedOn = context.OperationCreatedOn,
            RequestId = context.RequestId,
            Stage = (int)step.Stage,
            Mode = (int)step.Mode,
            IsInTransaction = inTransaction,
            OwningExtension = new EntityReference("sdkmessageprocessingstep", step.Id) { Name = step.Name },
            PreEntityImages = pre,
            PostEntityImages = post,
        };
    }

    /// <summary>The plug-in assembly the steps' types are loaded from: the net10.0 build of Dynamics.Mailchimp.Plugins this sandbox was built with.</summary>
    public static System.Reflection.Assembly PluginAssembly => typeof(MemberUpdatedPlugin).Assembly;

    /// <summary>Creates the step's plug-in type from the plug-in assembly, passing its unsecure configuration.</summary>
    public static IPlugin CreateFromPluginAssembly(PluginStepRegistration step)
    {
        var type = PluginAssembly.GetType(step.Plugin, throwOnError: false)
            ?? throw new NotSupportedByInMemoryServiceException($"The plug-in type '{step.Plugin}' of step '{step.Name}' (it is not in Dynamics.Mailchimp.Plugins)");
        var withConfig = type.GetConstructor([typeof(string), typeof(string)]);
        return (IPlugin)(withConfig is not null
            ? withConfig.Invoke([step.UnsecureConfiguration, null])
            : Activator.CreateInstance(type)!);
    }
}
