namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>A request as the fake handler saw it: everything copied, so it can be asserted after the request is disposed.</summary>
public sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    string Body,
    DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
