namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>Per-request flags the client attaches for the resilience pipeline.</summary>
internal static class DataverseRequestOptions
{
    /// <summary>Marks a POST as safe to repeat (a <c>$batch</c> of GETs only).</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("Dynamics.Mailchimp.Dataverse.Idempotent");
}
