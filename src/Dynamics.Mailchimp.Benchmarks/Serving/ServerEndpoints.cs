using System.Text.Json;
using System.Text.Json.Serialization;
using Dynamics.Mailchimp.Benchmarks.Orchestration;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>What the sandbox server child prints on its first stdout line: where the job and the baseline connect.</summary>
/// <param name="MailchimpUrl">Mailchimp API base address (the emulator's own; it charges the latency model).</param>
/// <param name="MailchimpKey">The Mailchimp API key.</param>
/// <param name="DataverseUrl">Dataverse Web API service root (the emulator's own; it charges the latency model).</param>
/// <param name="DataverseToken">The connector's bearer token.</param>
/// <param name="ControlUrl">Where the server's call counts are read and reset.</param>
/// <param name="AudienceId">The synced audience.</param>
/// <param name="QueuedChanges">The member changes seeded into the queue.</param>
public sealed record ServerEndpoints(string MailchimpUrl, string MailchimpKey, string DataverseUrl, string DataverseToken, string ControlUrl, string AudienceId, int QueuedChanges)
{
    /// <summary>Gets dmc's four connection flags for this server.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> ConnectionFlags => ["--mailchimp-url", MailchimpUrl, "--mailchimp-key", MailchimpKey, "--dataverse-url", DataverseUrl, "--dataverse-token", DataverseToken];

    /// <summary>Reads the endpoints a server child prints on its first stdout line.</summary>
    /// <param name="server">The server child.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The endpoints.</returns>
    public static async Task<ServerEndpoints> ReadAsync(ChildProcess server, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(server);
        return JsonSerializer.Deserialize<ServerEndpoints>(await server.ReadLineAsync(cancellationToken).ConfigureAwait(false), BenchmarkJson.Options)
            ?? throw new InvalidOperationException("The server did not report its endpoints.");
    }
}
