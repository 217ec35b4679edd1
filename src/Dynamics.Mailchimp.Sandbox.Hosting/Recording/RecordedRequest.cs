namespace Dynamics.Mailchimp.Sandbox.Hosting.Recording;

/// <summary>One request received by an emulator, with secrets redacted.</summary>
/// <param name="Sequence">The 1-based arrival order.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path, e.g. <c>/3.0/lists</c>.</param>
/// <param name="Query">The query string including the leading <c>?</c>, or empty.</param>
/// <param name="Headers">The request headers; secret headers read <see cref="HeaderRedaction.Redacted"/>.</param>
/// <param name="Body">The request body as text, or empty.</param>
/// <param name="StatusCode">The status code the emulator answered with.</param>
/// <param name="Timestamp">When the request arrived (wall clock).</param>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    string Path,
    string Query,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    int StatusCode,
    DateTimeOffset Timestamp);
