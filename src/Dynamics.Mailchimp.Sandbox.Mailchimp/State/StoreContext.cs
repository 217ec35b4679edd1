using System.Security.Cryptography;
using System.Text;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>What the stores share: the one lock every public store method takes, the clock and the id counter.</summary>
/// <remarks>The lock is re-entrant, so a store may call another store's public method while holding it.</remarks>
internal sealed class StoreContext(TimeProvider time)
{
    private long _counter;

    public Lock Gate { get; } = new();

    public DateTimeOffset Now() => Timestamps.Truncate(time.GetUtcNow());

    public long Next() => ++_counter;

    public string NextHex(string kind, int length)
    {
#pragma warning disable CA5351 // Deterministic ids only.
        var digest = MD5.HashData(Encoding.UTF8.GetBytes($"{kind}:{Next()}"));
#pragma warning restore CA5351
        return Convert.ToHexStringLower(digest)[..length];
    }

    /// <summary>Restarts the id counter; called under <see cref="Gate"/> by a reset.</summary>
    public void ResetIds() => _counter = 0;
}
