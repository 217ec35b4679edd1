using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Support;

/// <summary>An organization whose steps run test plug-ins, built from a few step declarations.</summary>
internal sealed class PipelineHarness
{
    private readonly Dictionary<string, IPlugin> _plugins = new(StringComparer.Ordinal);

    public List<string> Log { get; } = [];

    public InMemoryOrganization Build(params PluginStepRegistration[] steps) =>
        new(new InMemoryOrganizationOptions
        {
            Registrations = new PluginRegistrationManifest(new PluginAssemblyRegistration("Test", Guid.NewGuid(), "Sandbox", "Database"), steps),
            PluginFactory = step => _plugins[step.Plugin],
        });

    public PluginStepRegistration Step(string name, IPlugin plugin, string message = "Update", string entity = "contact", PluginStage stage = PluginStage.PostOperation, int rank = 1, string[]? filtering = null, PluginImageRegistration[]? images = null, PluginMode mode = PluginMode.Synchronous)
    {
        _plugins[name] = plugin;
        return new PluginStepRegistration(Guid.NewGuid(), name, name, message, entity, stage, mode, rank, filtering ?? [], images ?? [], null, null);
    }

    public IPlugin Recorder(string label) => new DelegatePlugin(sp =>
    {
        var context = (IPluginExecutionContext)sp.GetService(typeof(IPluginExecutionContext))!;
        Log.Add($"{label}:{context.Stage}");
    });

    public static IPluginExecutionContext Context(IServiceProvider sp) => (IPluginExecutionContext)sp.GetService(typeof(IPluginExecutionContext))!;

    public static IOrganizationService Service(IServiceProvider sp) =>
        ((IOrganizationServiceFactory)sp.GetService(typeof(IOrganizationServiceFactory))!).CreateOrganizationService(Context(sp).UserId);
}

/// <summary>A plug-in that runs a delegate.</summary>
internal sealed class DelegatePlugin(Action<IServiceProvider> execute) : IPlugin
{
    public void Execute(IServiceProvider serviceProvider) => execute(serviceProvider);
}
