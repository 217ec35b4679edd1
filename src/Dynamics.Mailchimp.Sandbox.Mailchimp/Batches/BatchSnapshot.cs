namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>A consistent view of a batch's progress at one moment.</summary>
internal sealed record BatchSnapshot(
    string Id,
    string Status,
    int TotalOperations,
    int FinishedOperations,
    int ErroredOperations,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? CompletedAt,
    Uri? ResponseBodyUrl);
