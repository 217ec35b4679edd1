using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>Reads the row id from an <c>OData-EntityId</c> URL such as <c>…/contacts(00000000-0000-0000-0000-000000000001)</c>.</summary>
internal static partial class EntityIdParser
{
    public static Guid? TryParse(string? entityUrl)
    {
        if (string.IsNullOrEmpty(entityUrl))
        {
            return null;
        }

        var match = TrailingId().Match(entityUrl);
        return match.Success && Guid.TryParse(match.Groups[1].Value, out var id) ? id : null;
    }

    [GeneratedRegex(@"\(([0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12})\)/?$")]
    private static partial Regex TrailingId();
}
