using System.Globalization;
using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Querying;

/// <summary>
/// The sandbox's <c>$skiptoken</c>: a cookie shaped like Dataverse's (<c>&lt;cookie pagenumber="2" … /&gt;</c>) that carries
/// the next page number. Clients must treat it as opaque and follow <c>@odata.nextLink</c> unchanged.
/// </summary>
internal static partial class SkipToken
{
    public static string Format(int pageNumber) =>
        string.Create(CultureInfo.InvariantCulture, $"<cookie pagenumber=\"{pageNumber}\" pagingcookie=\"\" istracking=\"False\" />");

    public static int Parse(string token)
    {
        var match = Pattern().Match(token);
        return match.Success && int.TryParse(match.Groups["page"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 1
            ? page
            : throw WebApiException.BadRequest($"The $skiptoken '{token}' was not issued by this service; follow @odata.nextLink exactly as given.");
    }

    [GeneratedRegex("^<cookie pagenumber=\"(?<page>[0-9]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
