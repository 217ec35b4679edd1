namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>The outcome of one operation, as written to the results archive.</summary>
/// <param name="StatusCode">The operation's HTTP status.</param>
/// <param name="OperationId">The client's id, or <see langword="null"/>.</param>
/// <param name="Response">The response body exactly as the API answered it (empty for 204).</param>
internal sealed record BatchResult(int StatusCode, string? OperationId, string Response)
{
    /// <summary>Gets a value indicating whether the operation failed (a status of 400 or more).</summary>
    public bool IsError => StatusCode >= 400;
}
