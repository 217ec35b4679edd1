using System.Text.RegularExpressions;

namespace Dynamics.Mailchimp.Sync.Webhooks;

/// <summary>The receiver's URL layout, written once: <c>{public URL}/webhooks/mailchimp/{audience}/{secret}</c>.</summary>
public static partial class WebhookPaths
{
    /// <summary>The path before the audience id.</summary>
    public const string Prefix = "/webhooks/mailchimp/";

    /// <summary>The ASP.NET Core route of an audience's webhook.</summary>
    public const string Route = Prefix + "{audienceId}/{secret}";

    /// <summary>The health probe.</summary>
    public const string Health = "/health";

    /// <summary>The webhook URL of an audience under a public base URL.</summary>
    /// <param name="publicUrl">Where Mailchimp reaches <c>dmc serve</c>.</param>
    /// <param name="audienceId">The audience.</param>
    /// <param name="secret">The audience's secret.</param>
    /// <returns>The URL to register.</returns>
    public static Uri For(Uri publicUrl, string audienceId, string secret)
    {
        ArgumentNullException.ThrowIfNull(publicUrl);
        return new Uri($"{publicUrl.AbsoluteUri.TrimEnd('/')}{Prefix}{Uri.EscapeDataString(audienceId)}/{Uri.EscapeDataString(secret)}");
    }

    /// <summary>Replaces the secret of every receiver URL in a text with <c>***</c>.</summary>
    /// <param name="text">A URL or a message quoting one.</param>
    /// <returns>The text without secrets.</returns>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SecretSegment().Replace(text, "$1***");
    }

    [GeneratedRegex(@"(/webhooks/mailchimp/[^/\s""']+/)[^/\s""'?#]+", RegexOptions.CultureInvariant)]
    private static partial Regex SecretSegment();
}
