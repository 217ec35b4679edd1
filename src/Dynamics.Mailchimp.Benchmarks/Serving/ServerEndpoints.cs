namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>What the sandbox server child prints on its first stdout line: where the job and the baseline connect.</summary>
/// <param name="MailchimpUrl">Mailchimp API base address, behind the latency proxy.</param>
/// <param name="MailchimpKey">The Mailchimp API key.</param>
/// <param name="DataverseUrl">Dataverse Web API service root, behind the latency proxy.</param>
/// <param name="DataverseToken">The connector's bearer token.</param>
/// <param name="ControlUrl">Where the server's call counts are read and reset.</param>
/// <param name="AudienceId">The synced audience.</param>
/// <param name="QueuedChanges">The member changes seeded into the queue.</param>
public sealed record ServerEndpoints(string MailchimpUrl, string MailchimpKey, string DataverseUrl, string DataverseToken, string ControlUrl, string AudienceId, int QueuedChanges);
