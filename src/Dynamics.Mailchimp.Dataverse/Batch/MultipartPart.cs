using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>One body part of a <c>multipart/mixed</c> message: MIME headers and raw body.</summary>
/// <param name="Headers">Part headers (case-insensitive names).</param>
/// <param name="Body">Body bytes (UTF-8), without the CRLF that belongs to the next delimiter.</param>
public sealed record MultipartPart(IReadOnlyDictionary<string, string> Headers, ReadOnlyMemory<byte> Body)
{
    /// <summary>Gets the body as text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body.Span);

    /// <summary>The part's <c>Content-Type</c>, or empty.</summary>
    public string ContentType => Headers.TryGetValue("Content-Type", out var value) ? value : string.Empty;

    /// <summary>The part's <c>Content-ID</c>, if any.</summary>
    public string? ContentId => Headers.TryGetValue("Content-ID", out var value) ? value.Trim() : null;

    /// <summary>Whether the part is itself multipart (a changeset).</summary>
    public bool IsMultipart => ContentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase);
}
