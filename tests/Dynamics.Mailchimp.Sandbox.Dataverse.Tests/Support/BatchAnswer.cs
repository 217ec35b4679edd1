using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

/// <summary>Reads the status lines out of a $batch answer, in order.</summary>
internal static partial class BatchAnswer
{
    public static async Task<int[]> StatusesAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return StatusLine().Matches(text).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    [GeneratedRegex(@"^HTTP/1\.1 ([0-9]{3})", RegexOptions.Multiline)]
    private static partial Regex StatusLine();
}
