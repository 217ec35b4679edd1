namespace Dynamics.Mailchimp.MailchimpApi.Models.Ping;

/// <summary>The answer of <c>GET /ping</c>.</summary>
public sealed record PingResponse
{
    /// <summary>Gets the health status, "Everything's Chimpy!" when the API is up.</summary>
    public string HealthStatus { get; init; } = string.Empty;
}
