using System.Text;
using Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>The Mailchimp-specific middleware: problem documents, API-key auth, the connection limit and injected faults.</summary>
internal static class MailchimpPipeline
{
    private const string ApiKeyItem = "mailchimp.api_key";

    /// <summary>Turns <see cref="MailchimpProblemException"/>s thrown by handlers into problem documents.</summary>
    public static IApplicationBuilder UseMailchimpProblems(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (MailchimpProblemException problem) when (!context.Response.HasStarted)
        {
            await ProblemWriter.WriteAsync(context, problem).ConfigureAwait(false);
        }
    });

    /// <summary>Accepts HTTP Basic (any user, the key as password) or Bearer with the key; otherwise 401.</summary>
    /// <remarks>https://mailchimp.com/developer/marketing/docs/fundamentals/#api-structure</remarks>
    public static IApplicationBuilder UseApiKey(this IApplicationBuilder app, string apiKey) => app.Use(async (context, next) =>
    {
        var presented = PresentedKey(context.Request.Headers[HeaderNames.Authorization].ToString());
        if (presented is null)
        {
            await ProblemWriter.WriteAsync(context, 401, ProblemTitles.ApiKeyMissing, "Your request did not include an API key.").ConfigureAwait(false);
            return;
        }

        if (!string.Equals(presented, apiKey, StringComparison.Ordinal))
        {
            await ProblemWriter.WriteAsync(context, 401, ProblemTitles.ApiKeyInvalid, "Your API key may be invalid, or you've attempted to access the wrong datacenter.").ConfigureAwait(false);
            return;
        }

        context.Items[ApiKeyItem] = presented;
        await next(context).ConfigureAwait(false);
    });

    /// <summary>Refuses a request above the simultaneous in-flight limit for its key with 429.</summary>
    public static IApplicationBuilder UseConnectionLimit(this IApplicationBuilder app, InFlightLimiter limiter) =>
        app.UseInFlightLimit(
            limiter,
            context => context.Items[ApiKeyItem] as string ?? string.Empty,
            context => ProblemWriter.WriteAsync(context, 429, ProblemTitles.TooManyRequests, $"You have exceeded the limit of {limiter.Limit} simultaneous connections."));

    /// <summary>Answers with an injected fault when a rule matches; 403 has no body (as Mailchimp's edge sends it).</summary>
    public static IApplicationBuilder UseFaults(this IApplicationBuilder app, FaultInjector faults) =>
        app.UseFaultInjection(faults, (context, rule) => rule.StatusCode == StatusCodes.Status403Forbidden
            ? Task.CompletedTask
            : ProblemWriter.WriteAsync(context, rule.StatusCode, FaultTitle(rule.StatusCode), $"Injected by the sandbox fault rule for '{rule.PathPrefix}'."));

    private static string FaultTitle(int status) => status switch
    {
        429 => ProblemTitles.TooManyRequests,
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Injected Fault",
    };

    private static string? PresentedKey(string header)
    {
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return header["Bearer ".Length..].Trim();
        }

        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? decoded : decoded[(colon + 1)..];
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}
