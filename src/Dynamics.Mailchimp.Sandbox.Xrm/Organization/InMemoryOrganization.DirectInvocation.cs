using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>Runs one plug-in with a hand-made context, with the same services (and counting) as the pipeline.</summary>
public sealed partial class InMemoryOrganization
{
    /// <summary>Runs <paramref name="plugin"/> as <paramref name="invocation"/> describes; its writes commit, or roll back if it throws.</summary>
    public PluginExecutionRecord InvokePlugin(IPlugin plugin, PluginInvocation invocation)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        ArgumentNullException.ThrowIfNull(invocation);
        var userId = invocation.UserId ?? SystemUserId;
        var context = new PluginExecutionContext
        {
            MessageName = invocation.Message,
            PrimaryEntityName = invocation.Entity,
            PrimaryEntityId = invocation.EntityId,
            InputParameters = invocation.InputParameters,
            PreEntityImages = invocation.PreEntityImages,
            PostEntityImages = invocation.PostEntityImages,
            SharedVariables = invocation.SharedVariables,
            Stage = invocation.Stage,
            Depth = 1,
            UserId = userId,
            InitiatingUserId = userId,
            CorrelationId = Guid.NewGuid(),
            OrganizationId = OrganizationId,
            OrganizationName = OrganizationName,
            BusinessUnitId = BusinessUnitId,
            OperationCreatedOn = invocation.OperationCreatedOn ?? UtcNow,
            IsInTransaction = invocation.Stage != 10,
        };
        var record = new PluginExecutionRecord(Guid.Empty, plugin.GetType().FullName!, invocation.Message, invocation.Entity, invocation.EntityId, invocation.Stage, 1);
        var caller = new CallerOptions(userId);
        using (_sync.Write())
        {
            _executions.Add(record);
            _store.Begin();
            try
            {
                plugin.Execute(new PipelineServiceProvider(context, new PipelineServiceFactory(this, caller, context, record), new RecordingTracingService(record)));
                _store.Commit();
            }
            catch (Exception ex)
            {
                record.Failure = ex;
                _store.Rollback();
                throw;
            }
        }

        return record;
    }
}
