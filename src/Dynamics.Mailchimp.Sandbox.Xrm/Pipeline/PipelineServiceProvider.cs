using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;

/// <summary>The IServiceProvider a plug-in's Execute receives: context, service factory and tracing.</summary>
internal sealed class PipelineServiceProvider(IPluginExecutionContext context, IOrganizationServiceFactory factory, ITracingService tracing) : IServiceProvider
{
    public object? GetService(Type serviceType) =>
        serviceType == typeof(IPluginExecutionContext) || serviceType == typeof(IExecutionContext) ? context
        : serviceType == typeof(IOrganizationServiceFactory) ? factory
        : serviceType == typeof(ITracingService) ? tracing
        : null;
}
