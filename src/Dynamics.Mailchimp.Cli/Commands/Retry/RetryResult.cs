namespace Dynamics.Mailchimp.Cli.Commands.Retry;

/// <summary>What <c>retry</c> did.</summary>
/// <param name="Matched">Failed rows that matched the filter.</param>
/// <param name="Requeued">Rows written back as Pending (0 on a dry run).</param>
/// <param name="Changed">Rows that changed between the read and the write (a push recorded them meanwhile): left alone.</param>
/// <param name="Failures">Rows whose write failed, each naming the row and Dataverse's error.</param>
/// <param name="DryRun">Whether nothing was written.</param>
public sealed record RetryResult(int Matched, int Requeued, int Changed, IReadOnlyList<string> Failures, bool DryRun);
