using Dynamics.Mailchimp.MailchimpApi.Configuration;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>Per-member calls (renames, existence reads, archives) run at most ten at a time: the account's connection cap.</summary>
internal static class CallFanOut
{
    public static Task ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = MailchimpClientDefaults.MaxConcurrentRequests, CancellationToken = cancellationToken };
        return Parallel.ForEachAsync(items, options, (item, token) => new ValueTask(call(item, token)));
    }
}
