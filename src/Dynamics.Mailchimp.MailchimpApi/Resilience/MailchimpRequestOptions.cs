namespace Dynamics.Mailchimp.MailchimpApi.Resilience;

/// <summary>Per-request flags read by the resilience pipeline.</summary>
internal static class MailchimpRequestOptions
{
    /// <summary>Marks a POST whose repetition is harmless (batch subscribe, segment member update).</summary>
    public static readonly HttpRequestOptionsKey<bool> RetrySafePost = new("Dynamics.Mailchimp.RetrySafePost");

    public static void MarkRetrySafe(this HttpRequestMessage request) => request.Options.Set(RetrySafePost, true);
}
