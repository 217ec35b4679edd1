namespace Dynamics.Mailchimp.Benchmarks.Activity;

/// <summary>What the activity job child reports: exit code, wall time, its own peak working set, and the pull's counts.</summary>
public sealed record ActivityJobReport(int ExitCode, double WallSeconds, double PeakMemoryMb, int Rows, int Unmatched, int DataverseBatchWrites);
