using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Handlers;

/// <summary>Builds next and delta links: the request's own query options, as sent, with one option replaced.</summary>
internal static class Links
{
    public static string With(Uri serviceRoot, TableDefinition table, string rawQuery, string option, string value)
    {
        var kept = Without(rawQuery, option).TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Append($"{option}={Uri.EscapeDataString(value)}");
        return $"{serviceRoot}{table.EntitySetName}?{string.Join("&", kept)}";
    }

    public static string Without(string rawQuery, string option)
    {
        var encoded = "%24" + option.TrimStart('$') + "=";
        var kept = rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(part => !part.StartsWith(option + "=", StringComparison.Ordinal) && !part.StartsWith(encoded, StringComparison.OrdinalIgnoreCase));
        return "?" + string.Join("&", kept);
    }
}
