namespace Dynamics.Mailchimp.Sandbox.Hosting.Faults;

/// <summary>An injected failure: the next <see cref="Count"/> requests whose path starts with <see cref="PathPrefix"/> get <see cref="StatusCode"/>.</summary>
/// <param name="PathPrefix">The path prefix to match (case-insensitive), e.g. <c>/3.0/lists</c>; empty matches everything.</param>
/// <param name="StatusCode">The status code to answer with, e.g. 429 or 503.</param>
/// <param name="Count">How many requests fail before the rule is used up.</param>
/// <param name="RetryAfter">The <c>Retry-After</c> value in seconds, or <see langword="null"/> to send none.</param>
public sealed record FaultRule(string PathPrefix, int StatusCode, int Count, int? RetryAfter = null);
