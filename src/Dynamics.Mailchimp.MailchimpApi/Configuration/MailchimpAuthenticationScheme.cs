namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <summary>How the client authenticates to the Marketing API.</summary>
public enum MailchimpAuthenticationScheme
{
    /// <summary>An API key sent as the password of HTTP Basic authentication.</summary>
    ApiKey,

    /// <summary>An OAuth 2 access token sent as a Bearer token.</summary>
    OAuthAccessToken,
}
