using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>
/// Accepts either form an admin copies: the environment URL (<c>https://org.crm.dynamics.com</c>) or the Web API base
/// the sandbox prints (<c>http://127.0.0.1:5000/api/data/v9.2/</c>).
/// </summary>
public static partial class DataverseUrlFlag
{
    /// <summary>Splits the URL into the environment URL and, when the Web API path was given, its version.</summary>
    /// <param name="url">The flag's value.</param>
    /// <returns>The environment URL (scheme, host, port and any path before <c>/api/data/</c>) and the API version or <see langword="null"/>.</returns>
    /// <exception cref="DmcConfigurationException">Not an absolute http(s) URL.</exception>
    public static (Uri Environment, string? ApiVersion) Split(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new DmcConfigurationException($"--dataverse-url must be an absolute http(s) URL; got '{url}'.");
        }

        var match = WebApiPath().Match(url.AbsolutePath);
        if (!match.Success)
        {
            return (new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/"), null);
        }

        var root = url.GetLeftPart(UriPartial.Authority) + url.AbsolutePath[..match.Index];
        return (new Uri(root.TrimEnd('/') + "/"), match.Groups["version"].Value);
    }

    [GeneratedRegex(@"/api/data/(?<version>v\d+\.\d+)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex WebApiPath();
}
