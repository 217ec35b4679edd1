using System.Globalization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>The preferences of a <c>Prefer</c> header the sandbox honours.</summary>
/// <param name="MaxPageSize"><c>odata.maxpagesize=N</c>, when given as a positive number.</param>
/// <param name="ReturnRepresentation"><c>return=representation</c>.</param>
/// <param name="ContinueOnError"><c>odata.continue-on-error</c>.</param>
/// <param name="TrackChanges"><c>odata.track-changes</c>.</param>
internal sealed record PreferHeader(int? MaxPageSize, bool ReturnRepresentation, bool ContinueOnError, bool TrackChanges = false)
{
    public static PreferHeader Parse(string? header)
    {
        int? maxPageSize = null;
        var representation = false;
        var continueOnError = false;
        var trackChanges = false;
        foreach (var part in (header ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
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
        }

        return new PreferHeader(maxPageSize, representation, continueOnError, trackChanges);
    }
}
