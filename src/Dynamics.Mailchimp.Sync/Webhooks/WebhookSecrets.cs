using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>
/// The per-audience secret in a webhook's URL: HMAC-SHA256 of the audience id under the connector's webhook key
/// (<c>Webhooks:Secret</c>), in base64url. Derived, so nothing is stored, each audience has its own, and rotating the
/// key (then <c>dmc webhooks register</c>) replaces every one. Checked in constant time.
/// </summary>
public static class WebhookSecrets
{
    /// <summary>The secret of one audience.</summary>
    /// <param name="key">The connector's webhook key.</param>
    /// <param name="audienceId">The audience id.</param>
    /// <returns>43 URL-safe characters.</returns>
    public static string For(string key, string audienceId)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(audienceId);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(audienceId));
        return Base64Url.EncodeToString(mac);
    }

    /// <summary>Checks a URL's secret for an audience in constant time.</summary>
    /// <param name="key">The connector's webhook key.</param>
    /// <param name="audienceId">The audience id from the URL.</param>
    /// <param name="candidate">The secret from the URL.</param>
    /// <returns><see langword="true"/> when it is the audience's secret.</returns>
    public static bool Matches(string key, string audienceId, string? candidate)
    {
        if (string.IsNullOrWhiteSpace(audienceId) || candidate is null)
        {
            return false;
        }

        var expected = Encoding.UTF8.GetBytes(For(key, audienceId));
        var given = Encoding.UTF8.GetBytes(candidate);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
