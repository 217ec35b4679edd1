using System.Net;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.MailchimpApi.Errors;

namespace Dynamics.Mailchimp.Cli.Output;

/// <summary>Says, for an exception that ended a run, which service failed and what to check (exit code 3); never a secret.</summary>
public static class ServiceFailure
{
    /// <summary>The description, or <see langword="null"/> when the exception is not a service failure (a bug: let it surface).</summary>
    /// <param name="error">The exception.</param>
    /// <param name="stop">The run's stop token: a cancellation it caused is not a failure.</param>
    /// <returns>One line for the operator.</returns>
    public static string? Describe(Exception error, CancellationToken stop) => error switch
    {
        OperationCanceledException when stop.IsCancellationRequested => null,
        MailchimpApiException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } e => $"Mailchimp refused the API key ({(int)e.StatusCode} {e.Title}). Check Mailchimp:ApiKey.",
        MailchimpApiException e => $"Mailchimp failed: {e.Message}",
        DataverseAuthorizationException e => e.Message,
        DataverseTokenAcquisitionException e => e.Message,
        DataverseApiException e => $"Dataverse failed: {e.Message}",
        Sync.Read.RecordReadException e => $"Dataverse failed: {e.Message}",
        Sync.Pull.Checkpoint.CheckpointWriteException e => $"Dataverse failed: {e.Message}",
        HttpRequestException e => $"A service could not be reached: {e.Message}",
        TimeoutException e => $"A service did not answer in time: {e.Message}",
        _ => null,
    };
}
