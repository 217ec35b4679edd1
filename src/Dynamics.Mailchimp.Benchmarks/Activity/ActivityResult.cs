namespace Dynamics.Mailchimp.Benchmarks.Activity;

/// <summary>
/// One size of the activity benchmark, against its targets: reads and batch writes ≤ ceil(N/1000), memory under 200 MB.
/// Batch writes are every Dataverse call that writes (a <c>$batch</c> carrying one <c>UpsertMultiple</c>, or a fallback);
/// Dataverse calls are all of them, reads included.
/// </summary>
public sealed record ActivityResult(int N, long MailchimpReads, int DataverseBatchWrites, long DataverseCalls, int Rows, double WallSeconds, double PeakMemoryMb)
{
    /// <summary>Gets ceil(N/1000), the target of both call counts.</summary>
    public int CallTarget => (N + 999) / 1000;
}
