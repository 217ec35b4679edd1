using System.Buffers;

namespace Dynamics.Mailchimp.Dataverse.Queries;

/// <summary>The relative URL of a FetchXML query, <c>&lt;set&gt;?fetchXml=…</c>, escaped straight into one string.</summary>
internal static class FetchXmlUri
{
    private const string Parameter = "?fetchXml=";

    // What Uri.EscapeDataString writes for most characters of FetchXML: one, or %XX.
    private const int EscapedCharsPerChar = 3;

    /// <summary>
    /// <c>entitySet + "?fetchXml=" + Uri.EscapeDataString(fetchXml)</c>, made as one string instead of three (tens of KB
    /// each for a query of a thousand values).
    /// </summary>
    /// <param name="entitySet">The entity set, already checked.</param>
    /// <param name="fetchXml">The FetchXML.</param>
    /// <returns>The relative URL.</returns>
    public static string Relative(string entitySet, string fetchXml)
    {
        var prefix = entitySet.Length + Parameter.Length;
        var buffer = ArrayPool<char>.Shared.Rent(prefix + (fetchXml.Length * EscapedCharsPerChar));
        try
        {
            entitySet.CopyTo(buffer);
            Parameter.CopyTo(buffer.AsSpan(entitySet.Length));
            if (Uri.TryEscapeDataString(fetchXml, buffer.AsSpan(prefix), out var written))
            {
                return new string(buffer, 0, prefix + written);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }

        // Non-ASCII text escapes to more than three characters each.
        return entitySet + Parameter + Uri.EscapeDataString(fetchXml);
    }
}
