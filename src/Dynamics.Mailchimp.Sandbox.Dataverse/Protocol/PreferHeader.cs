using System.Globalization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>The preferences of a <c>Prefer</c> header the sandbox honours.</summary>
/// <param name="MaxPageSize"><c>odata.maxpagesize=N</c>, when given as a positive number.</param>
/// <param name="ReturnRepresentation"><c>return=representation</c>.</param>
/// <param name="ContinueOnError"><c>odata.continue-on-error</c>.</param>
/// <param name="TrackChanges"><c>odata.track-changes</c>.</param>
internal sealed record PreferHeader(int? MaxPageSize, bool ReturnRepresentation, bool ContinueOnError, bool TrackChanges = false)
{
    /// <summary>The annotation patterns of <c>odata.include-annotations="…"</c> (e.g. <c>*</c>, <c>Microsoft.Dynamics.CRM.*</c>).</summary>
    public IReadOnlyList<string> IncludeAnnotations { get; init; } = [];

    /// <summary>The <c>odata.include-annotations</c> value as sent, for <c>Preference-Applied</c>; null when not asked.</summary>
    public string? IncludeAnnotationsValue { get; init; }

    /// <summary>
    /// Whether <paramref name="annotation"/> (e.g. <c>Microsoft.Dynamics.CRM.morerecords</c>) was asked for: by name, by its
    /// namespace with <c>.*</c>, or by <c>*</c>; a pattern starting with <c>-</c> excludes (OData 4.01 section 8.2.8.4).
    /// </summary>
    public bool Includes(string annotation)
    {
        bool Matches(string pattern) => pattern == "*"
            || string.Equals(pattern, annotation, StringComparison.Ordinal)
            || (pattern.EndsWith(".*", StringComparison.Ordinal) && annotation.StartsWith(pattern[..^1], StringComparison.Ordinal));

        return !IncludeAnnotations.Where(p => p.StartsWith('-')).Any(p => Matches(p[1..]))
            && IncludeAnnotations.Where(p => !p.StartsWith('-')).Any(Matches);
    }

    public static PreferHeader Parse(string? header)
    {
        int? maxPageSize = null;
        var representation = false;
        var continueOnError = false;
        var trackChanges = false;
        string? annotations = null;
        foreach (var part in SplitOutsideQuotes(header ?? string.Empty))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair[0].Equals(WebApiNames.MaxPageSize, StringComparison.OrdinalIgnoreCase)
                && pair.Length == 2
                && int.TryParse(pair[1].Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var size)
                && size > 0)
            {
                maxPageSize = size;
            }
            else if (part.Equals(WebApiNames.ReturnRepresentation, StringComparison.OrdinalIgnoreCase))
            {
                representation = true;
            }
            else if (part.Equals(WebApiNames.TrackChanges, StringComparison.OrdinalIgnoreCase))
            {
                trackChanges = true;
            }
            else if (pair[0].Equals(WebApiNames.ContinueOnError, StringComparison.OrdinalIgnoreCase))
            {
                continueOnError = pair.Length == 1 || !pair[1].Equals("false", StringComparison.OrdinalIgnoreCase);
            }
            else if (pair[0].Equals(WebApiNames.IncludeAnnotations, StringComparison.OrdinalIgnoreCase) && pair.Length == 2)
            {
                annotations = pair[1].Trim('"');
            }
        }

        return new PreferHeader(maxPageSize, representation, continueOnError, trackChanges)
        {
            IncludeAnnotations = (annotations ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            IncludeAnnotationsValue = annotations,
        };
    }

    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i <= header.Length; i++)
        {
            if (i < header.Length && header[i] == '"')
            {
                quoted = !quoted;
            }
            else if (i == header.Length || (header[i] == ',' && !quoted))
            {
                var part = header[start..i].Trim();
                if (part.Length > 0)
                {
                    yield return part;
                }

                start = i + 1;
            }
        }
    }
}
