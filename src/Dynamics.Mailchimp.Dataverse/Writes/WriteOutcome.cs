namespace Dynamics.Mailchimp.Dataverse.Writes;

/// <summary>Expected outcomes of a single write. Other failures throw <see cref="Errors.DataverseApiException"/>.</summary>
public enum WriteOutcome
{
    /// <summary>The write was applied (2xx).</summary>
    Succeeded = 0,

    /// <summary>412: the ETag did not match (someone else changed the row), or <c>If-None-Match: *</c> met an existing row.</summary>
    PreconditionFailed,

    /// <summary>404: the row does not exist (update, delete, or upsert with <see cref="UpsertMode.UpdateOnly"/>).</summary>
    NotFound,
}
