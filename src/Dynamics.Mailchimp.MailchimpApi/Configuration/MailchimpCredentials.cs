using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <summary>
/// A validated Mailchimp secret (API key or OAuth access token) and its data centre.
/// The secret is never exposed: <see cref="ToString"/> and every message redact it.
/// </summary>
public sealed partial class MailchimpCredentials
{
    private const string BasicUserName = "anystring";
    private readonly string secret;

    private MailchimpCredentials(MailchimpAuthenticationScheme scheme, string secret, string dataCenter)
    {
        Scheme = scheme;
        this.secret = secret;
        DataCenter = dataCenter;
        Fingerprint = ComputeFingerprint(scheme, secret);
    }

    /// <summary>Gets how requests are authenticated.</summary>
    public MailchimpAuthenticationScheme Scheme { get; }

    /// <summary>Gets the data-centre (server prefix) such as <c>us19</c>.</summary>
    public string DataCenter { get; }

    /// <summary>
    /// Gets a short, one-way fingerprint of the secret (truncated SHA-256), used to share a concurrency limiter
    /// between clients of the same account without keeping the secret as a name.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Gets the production base address, <c>https://&lt;dc&gt;.api.mailchimp.com/3.0/</c>.</summary>
    public Uri DefaultBaseAddress => new($"https://{DataCenter}.api.mailchimp.com/3.0/");

    /// <summary>Parses an API key of the form <c>&lt;key&gt;-&lt;dc&gt;</c>.</summary>
    /// <param name="apiKey">The API key.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="MailchimpApiKeyFormatException">The key is missing or malformed; the message omits it.</exception>
    public static MailchimpCredentials FromApiKey(string? apiKey)
    {
        if (!TryParseApiKey(apiKey, out var credentials))
        {
            throw new MailchimpApiKeyFormatException();
        }

        return credentials;
    }

    /// <summary>Checks an API key's shape without throwing.</summary>
    /// <param name="apiKey">The API key.</param>
    /// <param name="credentials">The credentials when the key is well formed.</param>
    /// <returns><see langword="true"/> when the key is well formed.</returns>
    public static bool TryParseApiKey(string? apiKey, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MailchimpCredentials? credentials)
    {
        credentials = null;
        var trimmed = apiKey?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return false;
        }

        var dash = trimmed.LastIndexOf('-');
        if (dash <= 0 || !KeyPattern().IsMatch(trimmed.AsSpan(0, dash)) || !DataCenterPattern().IsMatch(trimmed.AsSpan(dash + 1)))
        {
            return false;
        }

        credentials = new MailchimpCredentials(MailchimpAuthenticationScheme.ApiKey, trimmed, trimmed[(dash + 1)..]);
        return true;
    }

    /// <summary>Creates credentials from an OAuth 2 access token and the account's server prefix.</summary>
    /// <param name="accessToken">The access token (from the OAuth flow; it does not expire).</param>
    /// <param name="serverPrefix">The <c>dc</c> value returned by the OAuth metadata endpoint, e.g. <c>us19</c>.</param>
    /// <returns>The credentials.</returns>
    /// <exception cref="MailchimpApiKeyFormatException">The token is missing or the prefix is malformed.</exception>
    public static MailchimpCredentials FromAccessToken(string? accessToken, string? serverPrefix)
    {
        var token = accessToken?.Trim();
        if (string.IsNullOrEmpty(token) || token.Any(char.IsWhiteSpace))
        {
            throw new MailchimpApiKeyFormatException("The Mailchimp OAuth access token is missing or contains whitespace. The rejected value is not shown.");
        }

        var prefix = serverPrefix?.Trim();
        if (string.IsNullOrEmpty(prefix) || !DataCenterPattern().IsMatch(prefix))
        {
            throw new MailchimpApiKeyFormatException("The Mailchimp server prefix is missing or malformed: expected a data-centre prefix such as 'us19'.");
        }

        return new MailchimpCredentials(MailchimpAuthenticationScheme.OAuthAccessToken, token, prefix);
    }

    /// <summary>Creates the <c>Authorization</c> header value for these credentials.</summary>
    /// <returns>Basic (any user name, key as password) for an API key; Bearer for a token.</returns>
    public AuthenticationHeaderValue CreateAuthorizationHeader() => Scheme == MailchimpAuthenticationScheme.ApiKey
        ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{BasicUserName}:{secret}")))
        : new AuthenticationHeaderValue("Bearer", secret);

    /// <summary>Describes the credentials without the secret.</summary>
    /// <returns>The scheme and data centre; the secret is shown as <c>***</c>.</returns>
    public override string ToString() => $"MailchimpCredentials {{ Scheme = {Scheme}, DataCenter = {DataCenter}, Secret = *** }}";

    private static string ComputeFingerprint(MailchimpAuthenticationScheme scheme, string secret)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{scheme}:{secret}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }

    [GeneratedRegex("^[A-Za-z0-9]+$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z]{2,}[0-9]{0,4}$")]
    private static partial Regex DataCenterPattern();
}
