namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>One request inside a <c>$batch</c> body.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Url">The URL as written (absolute, service-relative, or starting with a <c>$n</c> Content-ID reference).</param>
/// <param name="Headers">The request's headers.</param>
/// <param name="Body">The body text.</param>
/// <param name="ContentId">The <c>Content-ID</c>, or null.</param>
internal sealed record BatchOperation(string Method, string Url, IReadOnlyDictionary<string, string> Headers, string Body, string? ContentId);
