namespace Dynamics.Mailchimp.Benchmarks.Orchestration;

/// <summary>One size's figures, as <c>--json</c> prints them (the first seven) and the table shows them.</summary>
/// <param name="N">The queued changes.</param>
/// <param name="MailchimpCalls">The job's Mailchimp calls, counted by the server.</param>
/// <param name="DataverseCalls">The job's Dataverse calls, counted by the server (a <c>$batch</c> is one).</param>
/// <param name="WallSeconds">The job's wall time.</param>
/// <param name="PeakMemoryMb">The job process's peak working set, MiB.</param>
/// <param name="BaselineRatio">The baseline's time for N changes (per change × N) over the job's.</param>
/// <param name="LowerBoundSeconds">The latency model's lower bound.</param>
/// <param name="Detail">Everything else: for the table and the report.</param>
public sealed record SizeResult(int N, long MailchimpCalls, long DataverseCalls, double WallSeconds, double PeakMemoryMb, double BaselineRatio, double LowerBoundSeconds, SizeDetail Detail);
