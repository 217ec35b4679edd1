using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Json;

/// <summary>Reads record URLs such as <c>/contacts(&lt;id&gt;)</c>, <c>contacts(&lt;id&gt;)</c> or an absolute service URL.</summary>
internal static partial class EntityUrl
{
    public static (TableDefinition Table, Guid Id) Parse(SchemaCatalog schema, string url)
    {
        var match = Pattern().Match(url);
        if (!match.Success || !Guid.TryParse(match.Groups["id"].Value, out var id))
        {
            throw WebApiException.BadRequest($"'{url}' is not a record URL such as /contacts(00000000-0000-0000-0000-000000000000).");
        }

        var set = match.Groups["set"].Value;
        var table = schema.FindByEntitySet(set) ?? throw WebApiException.NotFoundSegment(set);
        return (table, id);
    }

    [GeneratedRegex(@"(?:^|/)(?<set>[A-Za-z0-9_]+)\((?<id>[^()]+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
