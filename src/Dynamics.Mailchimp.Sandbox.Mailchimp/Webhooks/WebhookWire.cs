namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

/// <summary>The wire names of list webhooks: routes, body fields, event types, sources and the delivery form.</summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/api/list-webhooks/ (field names as in the official SDKs,
/// mailchimp/mailchimp-marketing-typescript-sdk <c>src/api/types/AddWebhook.ts</c>) and
/// https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/ (the payload).
/// </remarks>
internal static class WebhookWire
{
    public const string Collection = "/lists/{list_id}/webhooks";
    public const string Item = "/lists/{list_id}/webhooks/{webhook_id}";

    public const string Url = "url";
    public const string Events = "events";
    public const string Sources = "sources";

    public const string Subscribe = "subscribe";
    public const string Unsubscribe = "unsubscribe";
    public const string Profile = "profile";
    public const string Cleaned = "cleaned";
    public const string Upemail = "upemail";
    public const string Campaign = "campaign";

    public const string User = "user";
    public const string Admin = "admin";
    public const string Api = "api";

    /// <summary>The User-Agent of the deliveries (a POST each), as recorded in gist strangeways/96b26ee7e61b9800e264b16688cce038.</summary>
    public const string DeliveryAgent = "MailChimp.com";

    /// <summary>The User-Agent of the GET that checks a URL on create, as recorded in the same gist and quoted by Mailchimp in mailchimp/mc-woocommerce#877.</summary>
    public const string ValidatorAgent = "MailChimp.com WebHook Validator";

    /// <summary>The <c>fired_at</c> format: <c>YYYY-MM-DD HH:MM:SS</c>, UTC.</summary>
    public const string FiredAtFormat = "yyyy-MM-dd HH:mm:ss";

    public static readonly string[] EventNames = [Subscribe, Unsubscribe, Profile, Cleaned, Upemail, Campaign];

    public static readonly string[] SourceNames = [User, Admin, Api];

    /// <summary>A key of the nested <c>data</c> object, e.g. <c>data[merges][EMAIL]</c>.</summary>
    public static string Data(params string[] path) => "data" + string.Concat(path.Select(p => $"[{p}]"));
}
