using System.Net;
using Dynamics.Mailchimp.Dataverse.Errors;

namespace Dynamics.Mailchimp.Dataverse.Writes;

/// <summary>Result of a create, update, upsert or delete.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="StatusCode">HTTP status returned.</param>
/// <param name="EntityId">Id read from <c>OData-EntityId</c> (creates and upserts), else the id written.</param>
/// <param name="ETag">New ETag when the service returned one.</param>
/// <param name="Error">The server's error for <see cref="WriteOutcome.PreconditionFailed"/> and <see cref="WriteOutcome.NotFound"/>.</param>
public sealed record WriteResult(WriteOutcome Outcome, HttpStatusCode StatusCode, Guid? EntityId, string? ETag, DataverseError? Error)
{
    /// <summary>Whether the write was applied.</summary>
    public bool Succeeded => Outcome == WriteOutcome.Succeeded;
}
