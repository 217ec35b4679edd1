using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Resilience;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

/// <summary>
/// Reads the client's per-account connection limiter, so a test can wait until a burst has settled (some calls in
/// flight, the rest queued) before asserting, instead of racing a wall-clock window.
/// </summary>
public static class ConnectionCapProbe
{
    /// <summary>How many calls wait for a connection of the account.</summary>
    public static long Queued(IServiceProvider provider, string apiKey, int cap) =>
        provider.GetRequiredService<MailchimpConcurrencyRegistry>()
            .GetLimiter(MailchimpCredentials.FromApiKey(apiKey), cap)
            .GetStatistics()!.CurrentQueuedCount;

    /// <summary>Waits until <paramref name="settled"/> holds; the token is only a hang guard, never part of what is asserted.</summary>
    public static async Task WaitUntilAsync(Func<bool> settled, CancellationToken cancellationToken)
    {
        while (!settled())
        {
            await Task.Delay(1, cancellationToken);
        }
    }
}
