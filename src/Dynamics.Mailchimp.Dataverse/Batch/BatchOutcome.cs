namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>What happened to one operation of a <c>$batch</c>.</summary>
public enum BatchOutcome
{
    /// <summary>2xx.</summary>
    Succeeded = 0,

    /// <summary>412: ETag mismatch or the row already exists.</summary>
    PreconditionFailed,

    /// <summary>404: the row does not exist.</summary>
    NotFound,

    /// <summary>Any other error, including a changeset rolled back because another of its operations failed.</summary>
    Failed,

    /// <summary>No response: the service stopped before it (no continue-on-error) or the batch was not sent.</summary>
    NotExecuted,
}
