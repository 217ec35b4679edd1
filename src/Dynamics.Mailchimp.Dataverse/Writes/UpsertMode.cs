namespace Dynamics.Mailchimp.Dataverse.Writes;

/// <summary>How a PATCH upsert may behave.</summary>
public enum UpsertMode
{
    /// <summary>Create the row or update it (no condition header).</summary>
    CreateOrUpdate = 0,

    /// <summary>Create only: <c>If-None-Match: *</c>; an existing row gives <see cref="WriteOutcome.PreconditionFailed"/>.</summary>
    CreateOnly,

    /// <summary>Update only: <c>If-Match: *</c>; a missing row gives <see cref="WriteOutcome.NotFound"/>.</summary>
    UpdateOnly,
}
