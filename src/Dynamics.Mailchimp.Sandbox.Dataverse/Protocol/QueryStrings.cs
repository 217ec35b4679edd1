using Microsoft.AspNetCore.WebUtilities;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>Decodes a query string into options by name (the first value of each).</summary>
internal static class QueryStrings
{
    public static IReadOnlyDictionary<string, string> Parse(string rawQuery) =>
        QueryHelpers.ParseQuery(rawQuery).ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}
