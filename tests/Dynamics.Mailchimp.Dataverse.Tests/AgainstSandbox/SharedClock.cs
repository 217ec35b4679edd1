using Dynamics.Mailchimp.Sandbox.Dataverse;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// One fake clock for the sandbox (service-protection window) and the client (Retry-After waits). Time stands still while
/// requests flow, so a burst always lands inside one window whatever the machine's speed; it moves one step only when the
/// sandbox has answered new 429s, or, once throttling has begun, when nothing has happened for a while (a client waiting on
/// a timer it had not yet set when the clock last moved). The outcome, not the pace, is what the tests assert.
/// </summary>
internal static class SharedClock
{
    public static FakeTimeProvider Create() => new(DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    public static async Task<T> RunAsync<T>(FakeTimeProvider clock, DataverseSandbox sandbox, TimeSpan step, Task<T> operation)
    {
        var throttledSeen = 0;
        var requestsSeen = 0;
        var idleRounds = 0;
        for (var round = 0; round < 20_000 && !operation.IsCompleted; round++)
        {
            await Task.WhenAny(operation, Task.Delay(10));
            var requests = sandbox.Requests;
            var throttled = requests.Count(r => r.StatusCode == 429);
            idleRounds = requests.Count == requestsSeen ? idleRounds + 1 : 0;
            requestsSeen = requests.Count;
            if (!operation.IsCompleted && (throttled > throttledSeen || (throttledSeen > 0 && idleRounds >= 20)))
            {
                clock.Advance(step);
                throttledSeen = throttled;
                idleRounds = 0;
            }
        }

        return await operation;
    }
}
