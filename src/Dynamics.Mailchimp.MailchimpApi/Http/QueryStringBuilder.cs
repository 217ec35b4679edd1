using System.Globalization;
using System.Text;

namespace Dynamics.Mailchimp.MailchimpApi.Http;

/// <summary>Builds a path with an escaped query string; <see langword="null"/> values are left out.</summary>
internal sealed class QueryStringBuilder(string path)
{
    private readonly StringBuilder text = new(path);
    private bool hasQuery = path.Contains('?', StringComparison.Ordinal);

    public QueryStringBuilder Add(string name, string? value)
    {
        if (value is null)
        {
            return this;
        }

        text.Append(hasQuery ? '&' : '?').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        hasQuery = true;
        return this;
    }

    public QueryStringBuilder Add(string name, int value) => Add(name, value.ToString(CultureInfo.InvariantCulture));

    public override string ToString() => text.ToString();
}
