using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Dynamics.Mailchimp.Sandbox.Xrm.Messages;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Dynamics.Mailchimp.Solution.Registration;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>The event pipeline: PreValidation, then PreOperation, core and PostOperation inside one transaction.</summary>
public sealed partial class InMemoryOrganization
{
    private const int MaxDepth = 8;

    internal OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller, PluginExecutionContext? parent, int depth)
    {
        if (string.IsNullOrEmpty(request.RequestName))
        {
            throw new NotSupportedByInMemoryServiceException("A request without a RequestName");
        }

        var executor = _messages.Find(request.RequestName)
            ?? throw new NotSupportedByInMemoryServiceException($"The message '{request.RequestName}'");
        if (depth > MaxDepth)
        {
            throw new OrganizationServiceFaultException(OrganizationErrorCodes.InfiniteLoop, $"This workflow job was canceled because the workflow that started it included an infinite loop (depth {depth} on {request.RequestName}).");
        }

        CustomLogicBypass.Check(caller, SystemUserId);
        if (executor.ReadsOnly && !_sync.IsWriteHeld && TryRead(executor, request, caller) is { } read)
        {
            return read;
        }

        using (_sync.Write())
        {
            var isTopLevel = parent is null;
            var primary = executor.PrimaryEntity(request);
            var steps = _pipeline.StepsFor(executor.SdkMessageName, primary.LogicalName);
            IReadOnlyList<PluginStepRegistration> synchronous = CustomLogicBypass.SkipsSynchronous(caller) ? [] : steps;
            var context = NewContext(executor.SdkMessageName, primary, request, caller, parent, depth);

            RunStage(synchronous, PluginStage.PreValidation, context, request, caller, null, null);
            _store.Begin();
            try
            {
                // The store is copy-on-write (a write puts a new row object, never changes a stored one), so the stored
                // rows themselves are the before and after snapshots; each step's images are copies of them (PluginPipeline.ContextFor).
                var before = primary.Id != Guid.Empty && _store.TryGet(primary.LogicalName, primary.Id, out var row) ? row : null;
                RunStage(synchronous, PluginStage.PreOperation, context, request, caller, before, null);
                var response = executor.Execute(request, caller);
                context.OutputParameters = response.Results;
                if (primary.Id == Guid.Empty && response.Results.TryGetValue("id", out var id) && id is Guid created)
                {
                    context.PrimaryEntityId = created;
                }

                var after = context.PrimaryEntityId != Guid.Empty && _store.TryGet(primary.LogicalName, context.PrimaryEntityId, out var afterRow) ? afterRow : null;
                RunStage(synchronous, PluginStage.PostOperation, context, request, caller, before, after);
                _store.Commit();
                if (isTopLevel && !CustomLogicBypass.SkipsAsynchronous(caller))
                {
                    RunAsynchronous(steps, context, request, caller, before, after);
                }

                return response;
            }
            catch
            {
                if (isTopLevel)
                {
                    _store.Rollback();
                }

                throw;
            }
        }
    }

    // A message that only reads, with no step registered for it, runs beside other reads: the pipeline around it would
    // run nothing (no step fires, the transaction undoes nothing), so the core operation alone answers the same. With a
    // step to run it returns null and the message takes the whole pipeline under the exclusive lock.
    private OrganizationResponse? TryRead(IMessageExecutor executor, OrganizationRequest request, CallerOptions caller)
    {
        using (_sync.Read())
        {
            var primary = executor.PrimaryEntity(request);
            return _pipeline.StepsFor(executor.SdkMessageName, primary.LogicalName).Count == 0
                ? executor.Execute(request, caller)
                : null;
        }
    }

    private PluginExecutionContext NewContext(string message, EntityReference primary, OrganizationRequest request, CallerOptions caller, PluginExecutionContext? parent, int depth)
    {
        var shared = new ParameterCollection();
        if (parent is null && caller.SharedVariables is not null)
        {
            foreach (var (key, value) in caller.SharedVariables)
            {
                shared[key] = value;
            }
        }

        return new PluginExecutionContext
        {
            MessageName = message,
            PrimaryEntityName = primary.LogicalName,
            PrimaryEntityId = primary.Id,
            InputParameters = request.Parameters,
            SharedVariables = shared,
            ParentContext = parent,
            Depth = depth,
            UserId = caller.UserId,
            InitiatingUserId = parent?.InitiatingUserId ?? caller.UserId,
            CorrelationId = parent?.CorrelationId ?? Guid.NewGuid(),
            OrganizationId = OrganizationId,
            OrganizationName = OrganizationName,
            BusinessUnitId = BusinessUnitId,
            OperationCreatedOn = UtcNow,
            RequestId = request.RequestId,
        };
    }

    private void RunStage(IReadOnlyList<PluginStepRegistration> steps, PluginStage stage, PluginExecutionContext context, OrganizationRequest request, CallerOptions caller, Entity? before, Entity? after)
    {
        foreach (var step in InRankOrder(steps, PluginMode.Synchronous, stage))
        {
            RunStep(step, context, request, caller, before, after, inTransaction: stage != PluginStage.PreValidation);
        }
    }

    private void RunAsynchronous(IReadOnlyList<PluginStepRegistration> steps, PluginExecutionContext context, OrganizationRequest request, CallerOptions caller, Entity? before, Entity? after)
    {
        foreach (var step in InRankOrder(steps, PluginMode.Asynchronous, null))
        {
            try
            {
                RunStep(step, context, request, caller, before, after, inTransaction: false);
            }
            catch (Exception ex) when (ex is not NotSupportedByInMemoryServiceException)
            {
                // A system job's failure does not undo the user's committed change; it stays on the execution record.
            }
        }
    }

    // The steps of one mode (and stage, if given) by rank, registration order among equal ranks. Most messages have
    // none or one at a given stage: those are found by a look through the (short) list, without sorting.
    private static IEnumerable<PluginStepRegistration> InRankOrder(IReadOnlyList<PluginStepRegistration> steps, PluginMode mode, PluginStage? stage)
    {
        PluginStepRegistration? found = null;
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Mode == mode && (stage is null || steps[i].Stage == stage))
            {
                if (found is not null)
                {
                    return steps.Where(s => s.Mode == mode && (stage is null || s.Stage == stage)).OrderBy(s => s.Rank);
                }

                found = steps[i];
            }
        }

        return found is null ? [] : [found];
    }

    private void RunStep(PluginStepRegistration step, PluginExecutionContext context, OrganizationRequest request, CallerOptions caller, Entity? before, Entity? after, bool inTransaction)
    {
        if (!PluginPipeline.Fires(step, request))
        {
            return;
        }

        var stepContext = PluginPipeline.ContextFor(step, context, before, after, inTransaction);
        var record = new PluginExecutionRecord(step.Id, step.Plugin, step.Message, step.Entity, context.PrimaryEntityId, (int)step.Stage, context.Depth);
        _executions.Add(record);
        var factory = new PipelineServiceFactory(this, caller, stepContext, record);
        try
        {
            _pipeline.PluginFor(step).Execute(new PipelineServiceProvider(stepContext, factory, new RecordingTracingService(record)));
        }
        catch (Exception ex)
        {
            record.Failure = ex;
            throw;
        }
    }
}
