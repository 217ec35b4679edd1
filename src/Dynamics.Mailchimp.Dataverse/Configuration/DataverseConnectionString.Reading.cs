using System.Data.Common;
using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Dataverse.Configuration;

public static partial class DataverseConnectionString
{
    private static (Dictionary<string, string> Values, int? UnknownKeyPosition) Tokenize(string connectionString)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException ex)
        {
            // DbConnectionStringBuilder reports only a character index, never the text around it.
            throw new DataverseConnectionStringException(
                "The Dataverse connection string is malformed: expected 'Key=Value' pairs separated by ';' (quote values containing ';').",
                ex);
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var position = 0;
        int? unknown = null;
        foreach (string rawKey in builder.Keys)
        {
            position++;
            var compact = rawKey.Replace(" ", string.Empty, StringComparison.Ordinal);
            if (ConnectionStringKeys.Ignored.Contains(compact))
            {
                continue;
            }

            if (!ConnectionStringKeys.Aliases.TryGetValue(compact, out var key))
            {
                unknown ??= position;
                continue;
            }

            result[key] = Convert.ToString(builder[rawKey], System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return (result, unknown);
    }

    private static DataverseAuthType ReadAuthType(Dictionary<string, string> values)
    {
        if (!values.TryGetValue(ConnectionStringKeys.AuthType, out var raw) || string.IsNullOrWhiteSpace(raw))
        {
            throw new DataverseConnectionStringException("The Dataverse connection string has no AuthType. " + SupportedAuthTypes());
        }

        if (!ConnectionStringKeys.AuthTypes.TryGetValue(raw.Trim(), out var authType))
        {
            var shown = PlainWord().IsMatch(raw) ? $"'{raw}'" : "(value not shown)";
            throw new DataverseConnectionStringException($"AuthType {shown} is not supported. " + SupportedAuthTypes());
        }

        return authType;
    }

    private static Uri ReadUrl(Dictionary<string, string> values)
    {
        if (!values.TryGetValue(ConnectionStringKeys.Url, out var raw) || string.IsNullOrWhiteSpace(raw))
        {
            throw new DataverseConnectionStringException("The Dataverse connection string has no Url (the environment URL, e.g. https://contoso.crm.dynamics.com).");
        }

        if (!Uri.TryCreate(raw.Trim(), UriKind.Absolute, out var url) || !DataverseClientOptions.IsAcceptableUrl(url))
        {
            throw new DataverseConnectionStringException(
                "The Dataverse connection string's Url must be an absolute https URL without query (http is allowed for loopback only).");
        }

        return url;
    }

    private static string SupportedAuthTypes() =>
        "Supported: " + string.Join(", ", ConnectionStringKeys.AuthTypes.Keys) + ".";

    [GeneratedRegex("^[A-Za-z0-9]{1,40}$")]
    private static partial Regex PlainWord();
}
