using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Handlers;

/// <summary>
/// Batch operations: <c>POST /batches</c> runs the operations in the background through the sandbox's own pipeline;
/// <c>GET /batches</c>, <c>GET|DELETE /batches/{batch_id}</c>; the results archive is served without a key (see
/// <see cref="MapResults"/>). Batch webhooks are not emulated (501 from the fallback).
/// </summary>
/// <remarks>https://mailchimp.com/developer/marketing/api/batch-operations/</remarks>
internal sealed class BatchesHandler(MailchimpSandboxOptions options) : IEndpointGroup
{
    private readonly BatchBook _book = new();
    private readonly BatchRunner _runner = new(options.BatchGate, options.TimeProvider);

    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost(BatchWire.BatchesRoute, (Func<HttpContext, Task<IResult>>)SubmitAsync);
        routes.MapGet(BatchWire.BatchesRoute, (HttpContext context) =>
        {
            Allow(context, BatchWire.Fields, BatchWire.ExcludeFields, BatchWire.Count, BatchWire.Offset);
            var batches = _book.All();
            return JsonResult.Ok(Paging.From(context.Request.Query).Collection(BatchWire.Batches, batches.Select(b => (JsonNode)BatchJson.Build(b.Snapshot())), batches.Count));
        });
        routes.MapGet(BatchWire.BatchRoute, (HttpContext context, string batch_id) =>
        {
            Allow(context, BatchWire.Fields, BatchWire.ExcludeFields);
            return JsonResult.Ok(BatchJson.Build(_book.Get(batch_id).Snapshot()));
        });
        routes.MapDelete(BatchWire.BatchRoute, (HttpContext context, string batch_id) =>
        {
            Allow(context);
            _book.Delete(batch_id);
            return Results.NoContent();
        });
    }

    /// <summary>Maps the results archive at the root, outside <c>/3.0</c>: like Mailchimp's pre-signed S3 URL it needs no key.</summary>
    /// <param name="endpoints">The application's root endpoints.</param>
    public void MapResults(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(BatchWire.ResultsRoute, (string batch_id) =>
            _book.All().FirstOrDefault(b => b.Id == batch_id)?.Archive is { } archive
                ? Results.Bytes(archive, BatchWire.ResultsContentType)
                : Results.NotFound());

    private static void Allow(HttpContext context, params string[] names)
    {
        var unknown = context.Request.Query.Keys.Where(k => !names.Contains(k, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new BatchInputNotImplementedException("query parameter", unknown, $"{context.Request.Method} {context.Request.Path}");
        }
    }

    private static Uri Origin(HttpContext context) =>
        new(context.RequestServices.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/') + "/");

    private async Task<IResult> SubmitAsync(HttpContext context)
    {
        Allow(context, BatchWire.Fields, BatchWire.ExcludeFields);
        var body = await JsonBody.ReadAsync(context).ConfigureAwait(false);
        var operations = BatchOperationParser.Parse(body, $"{context.Request.Method} {context.Request.Path}");
        var submittedAt = Timestamps.Truncate(options.TimeProvider.GetUtcNow());
        var batch = _book.Add(id => new BatchRecord(id, operations, context.Request.Headers[HeaderNames.Authorization].ToString(), Origin(context), submittedAt));
        var accepted = BatchJson.Build(batch.Snapshot());
        _runner.Start(batch, context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
        return JsonResult.Ok(accepted);
    }
}
