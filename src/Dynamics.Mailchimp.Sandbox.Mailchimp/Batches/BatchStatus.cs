namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// The batch statuses the emulator reports. Mailchimp also documents <c>preprocessing</c> and <c>finalizing</c>; the
/// emulator goes straight from <c>pending</c> to <c>started</c> and from <c>started</c> to <c>finished</c>.
/// </summary>
/// <remarks>https://mailchimp.com/developer/marketing/guides/run-async-requests-batch-endpoint/#check-the-status-of-a-batch-operation</remarks>
internal static class BatchStatus
{
    public const string Pending = "pending";
    public const string Started = "started";
    public const string Finished = "finished";
}
