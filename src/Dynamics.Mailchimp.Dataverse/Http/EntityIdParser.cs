namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>Reads the row id from an <c>OData-EntityId</c> URL such as <c>…/contacts(00000000-0000-0000-0000-000000000001)</c>.</summary>
internal static class EntityIdParser
{
    // "(" + 8-4-4-4-12 hex digits + ")".
    private const int KeyLength = 38;

    /// <summary>The id in parentheses at the end of <paramref name="entityUrl"/> (a slash after them, or a final line end, allowed).</summary>
    /// <param name="entityUrl">The header's value.</param>
    /// <returns>The id, or <see langword="null"/> when the URL does not end in one.</returns>
    public static Guid? TryParse(string? entityUrl)
    {
        if (string.IsNullOrEmpty(entityUrl))
        {
            return null;
        }

        var text = entityUrl.AsSpan();
        text = text.EndsWith('\n') ? text[..^1] : text;
        text = text.EndsWith('/') ? text[..^1] : text;
        if (text.Length < KeyLength || text[^KeyLength] != '(' || text[^1] != ')')
        {
            return null;
        }

        var id = text[^(KeyLength - 1)..^1];
        for (var i = 0; i < id.Length; i++)
        {
            if (i is 8 or 13 or 18 or 23 ? id[i] != '-' : !char.IsAsciiHexDigit(id[i]))
            {
                return null;
            }
        }

        return Guid.Parse(id);
    }
}
