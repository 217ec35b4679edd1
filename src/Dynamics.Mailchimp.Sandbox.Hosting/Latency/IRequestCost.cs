using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Latency;

/// <summary>
/// A latency model charged per request from its path and body (e.g. a fixed part per call plus a part per batch item),
/// told when each charged request enters and leaves so that it can count calls and calls in flight.
/// </summary>
public interface IRequestCost
{
    /// <summary>Charges a request as it enters; called once per request, before its delay.</summary>
    /// <param name="context">The request.</param>
    /// <param name="body">The request body, read once and shared with the handler.</param>
    /// <returns>The delay to add before the request goes on.</returns>
    TimeSpan Enter(HttpContext context, ReadOnlySpan<byte> body);

    /// <summary>Tells the model a charged request left the pipeline (answered, failed or aborted).</summary>
    /// <param name="context">The request.</param>
    void Leave(HttpContext context);
}
