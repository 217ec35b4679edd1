using System.Globalization;

namespace Dynamics.Mailchimp.Sync.Claim;

/// <summary>Builds the owner string written on the lease row: <c>host/pid/run</c>.</summary>
public static class LeaseOwner
{
    /// <summary>The owner string of this process for <paramref name="runId"/>, e.g. <c>web-01/4242/9f3c…</c>.</summary>
    /// <param name="runId">The run id; a new GUID (no dashes) when null or blank.</param>
    /// <returns>The owner string.</returns>
    public static string Create(string? runId) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Environment.MachineName}/{Environment.ProcessId}/{(string.IsNullOrWhiteSpace(runId) ? Guid.NewGuid().ToString("N") : runId)}");
}
