using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Hosting.Recording;

/// <summary>
/// When a request arrived, by the emulator's clock, as the recorder stamped it. Limits judged on arrival use this time
/// rather than reading the clock again later, so a fake clock moved meanwhile cannot put a request in another window
/// than the one its recorded timestamp says.
/// </summary>
public static class RequestArrival
{
    private static readonly object Key = new();

    /// <summary>Stores the arrival time of the request.</summary>
    /// <param name="context">The request.</param>
    /// <param name="arrival">When it arrived.</param>
    public static void Set(HttpContext context, DateTimeOffset arrival)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Key] = arrival;
    }

    /// <summary>The arrival time stored for the request, or <paramref name="clock"/>'s now when it was not recorded.</summary>
    /// <param name="context">The request.</param>
    /// <param name="clock">The emulator's clock.</param>
    /// <returns>The arrival time.</returns>
    public static DateTimeOffset Get(HttpContext context, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        return context.Items.TryGetValue(Key, out var value) && value is DateTimeOffset arrival ? arrival : clock.GetUtcNow();
    }
}
