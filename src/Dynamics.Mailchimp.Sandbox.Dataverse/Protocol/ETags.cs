using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>Reads the row version out of an <c>If-Match</c> value such as <c>W/"1234"</c>.</summary>
internal static partial class ETags
{
    /// <summary>The version, or null for no header or <c>*</c>; 400 for anything else that is not an ETag.</summary>
    public static string? Version(string? header)
    {
        if (header is null || header.Trim() == "*")
        {
            return null;
        }

        var match = Pattern().Match(header.Trim());
        return match.Success
            ? match.Groups["version"].Value
            : throw WebApiException.BadRequest($"The If-Match value '{header}' is not an ETag such as W/\"12345\".");
    }

    [GeneratedRegex("^(W/)?\"(?<version>[^\"]*)\"$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
