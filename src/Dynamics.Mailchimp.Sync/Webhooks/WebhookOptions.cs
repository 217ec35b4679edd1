using System.ComponentModel.DataAnnotations;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// Settings of the webhook receiver (<c>dmc serve</c>) and of <c>dmc webhooks</c>, section <c>Webhooks</c>. A class, not a
/// record, so that printing it never prints <see cref="Secret"/>.
/// </summary>
public sealed class WebhookOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Webhooks";

    /// <summary>
    /// Gets the connector's webhook key, from which each audience's URL secret is derived (<see cref="WebhookSecrets"/>).
    /// At least 32 characters; keep it with the other secrets (user secrets, environment, a key vault). Required by
    /// <c>serve</c> and <c>webhooks register</c>.
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>Gets the public base URL Mailchimp posts to, e.g. <c>https://dmc.contoso.com</c> (required by <c>webhooks register</c>).</summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Gets the address <c>dmc serve</c> listens on (Kestrel URL syntax; <c>--urls</c> overrides it). Default <c>http://0.0.0.0:8080</c>; TLS ends at the host in front (App Service, Container Apps, a reverse proxy).</summary>
    public string Listen { get; set; } = "http://0.0.0.0:8080";

    /// <summary>Gets how many waiting events are applied together (one Mailchimp read each, one set of Dataverse calls per batch). Default 100.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>Gets how many members are re-read from Mailchimp at once. Default 4 (Mailchimp allows 10 connections per key, shared with a running job).</summary>
    [Range(1, 10)]
    public int MailchimpConcurrency { get; set; } = 4;

    /// <summary>Gets how long the list mappings are kept before they are read again. Default 60 seconds.</summary>
    [Range(0, 3600)]
    public int MappingsRefreshSeconds { get; set; } = 60;

    /// <summary>
    /// Gets how long a delivery waits for its event to be applied before it is answered 503, so that Mailchimp sends it
    /// again (Mailchimp gives a receiver 10 seconds). Default 8 seconds.
    /// </summary>
    [Range(1, 9)]
    public int AnswerWithinSeconds { get; set; } = 8;

    /// <summary>The minimum length of <see cref="Secret"/>.</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Describes the settings without the secret.</summary>
    /// <returns>The public settings.</returns>
    public override string ToString() =>
        $"Webhooks(Listen={Listen}, PublicUrl={PublicUrl}, Secret={(Secret is null ? "unset" : "set")}, BatchSize={BatchSize}, MailchimpConcurrency={MailchimpConcurrency}, MappingsRefreshSeconds={MappingsRefreshSeconds}, AnswerWithinSeconds={AnswerWithinSeconds})";
}
