using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Errors;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>Result of one operation of a <c>$batch</c>, in input order.</summary>
/// <param name="Index">Position of the operation in the input list.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="StatusCode">HTTP status of the operation, when it has one.</param>
/// <param name="EntityId">Id from <c>OData-EntityId</c>, when returned.</param>
/// <param name="ETag">ETag header, when returned.</param>
/// <param name="Error">The error, for anything but <see cref="BatchOutcome.Succeeded"/>.</param>
/// <param name="Body">JSON body returned (e.g. a retrieved row), if any.</param>
public sealed record BatchOperationResult(
    int Index, BatchOutcome Outcome, HttpStatusCode? StatusCode, Guid? EntityId, string? ETag, DataverseError? Error, JsonElement? Body)
{
    /// <summary>Whether the operation was applied.</summary>
    public bool Succeeded => Outcome == BatchOutcome.Succeeded;
}
