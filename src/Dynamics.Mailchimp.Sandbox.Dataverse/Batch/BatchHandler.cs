using Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>
/// <c>POST /$batch</c>: at most 1,000 operations; change sets are all-or-nothing (a failed change set answers with the
/// failing operation's error alone); without <c>Prefer: odata.continue-on-error</c> processing stops at the first failure
/// and the batch answers with that failure's status (400 in Microsoft's example), with it, 200.
/// <c>Content-ID</c> references (<c>$1</c>) work at the start of a URL and as a whole <c>@odata.bind</c> value.
/// Each part runs as the batch's caller; a part without a <c>tag</c> takes the batch URL's <c>tag</c>, and the batch's
/// <c>MSCRM.BypassCustomPluginExecution</c> header applies to every part.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/execute-batch-operations-using-web-api.
/// </summary>
internal sealed class BatchHandler(SandboxServices services, Func<WebApiRequest, WebApiResponse> dispatch) : IWebApiHandler
{
    private const int MaxOperations = 1000;

    public bool CanHandle(ResourcePath path, string method) => path.Kind == ResourceKind.Batch && method == "POST";

    public WebApiResponse Handle(WebApiRequest request, ResourcePath path)
    {
        var items = request.BatchItems ?? BatchRequestReader.Read(request.Header(HeaderNames.ContentType), request.Body);
        var count = items.Sum(i => i.Operations.Count);
        if (count > MaxOperations)
        {
            throw WebApiException.BadRequest($"The batch holds {count} requests; the maximum number of requests in a batch is {MaxOperations}.");
        }

        var continueOnError = PreferHeader.Parse(request.Header(HeaderNames.Prefer)).ContinueOnError;
        var references = new Dictionary<string, string>(StringComparer.Ordinal);
        using var writer = new BatchResponseWriter();
        foreach (var item in items)
        {
            // Content-ID references resolve only inside their own change set (OData 4.0 part 1, 11.7.3.1).
            references.Clear();
            var succeeded = item.IsChangeset ? RunChangeset(item, request, references, writer) : RunSingle(item.Operations[0], request, references, writer);
            if (!succeeded && !continueOnError)
            {
                // Without continue-on-error the batch itself fails with the status of its first failing request.
                return new WebApiResponse(writer.FailureStatus ?? 400) { RawBody = (writer.ContentType, writer.Complete()) };
            }
        }

        var response = new WebApiResponse(200) { RawBody = (writer.ContentType, writer.Complete()) };
        return continueOnError ? response.WithHeader(HeaderNames.PreferenceApplied, WebApiNames.ContinueOnError) : response;
    }

    private bool RunSingle(BatchOperation operation, WebApiRequest batch, Dictionary<string, string> references, BatchResponseWriter writer)
    {
        var response = Run(operation, batch, references);
        writer.Operation(response, operation.ContentId);
        return response.IsSuccess;
    }

    private bool RunChangeset(BatchItem changeset, WebApiRequest batch, Dictionary<string, string> references, BatchResponseWriter writer)
    {
        // All or nothing: the organization's own transaction undoes every operation of the change set (and their
        // plug-ins' queue rows) when one fails, keeping row versions and audit columns as they were.
        var responses = new List<(WebApiResponse, string?)>();
        (WebApiResponse Response, string? ContentId)? failure = null;
        var committed = services.Organization.RunInTransaction(() =>
        {
            foreach (var operation in changeset.Operations)
            {
                var response = Run(operation, batch, references);
                if (!response.IsSuccess)
                {
                    failure = (response, operation.ContentId);
                    return false;
                }

                responses.Add((response, operation.ContentId));
            }

            return true;
        });

        if (!committed)
        {
            writer.Operation(failure!.Value.Response, failure.Value.ContentId);
            return false;
        }

        writer.Changeset(responses);
        return true;
    }

    private WebApiResponse Run(BatchOperation operation, WebApiRequest batch, Dictionary<string, string> references)
    {
        try
        {
            var request = BatchOperationRequest.Create(operation, batch, references, services.Writer.ServiceRoot);
            var response = request.Path.Trim('/') == WebApiNames.Batch
                ? throw WebApiException.BadRequest("Batch requests can't be nested: a $batch part cannot be another $batch.")
                : dispatch(request);
            if (response.IsSuccess && operation.ContentId is not null && response.Headers.TryGetValue(HeaderNames.ODataEntityId, out var entityId))
            {
                references["$" + operation.ContentId] = entityId[services.Writer.ServiceRoot.ToString().Length..];
            }

            return response;
        }
        catch (WebApiException ex)
        {
            return FaultTranslator.ToResponse(ex);
        }
    }
}
