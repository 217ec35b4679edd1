using System.Collections.Concurrent;
using System.Text;
using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

/// <summary>A request cost that charges a fixed delay and records what it was shown, and how many requests are in it.</summary>
internal sealed class RecordingCost(TimeSpan delay) : IRequestCost
{
    private readonly ConcurrentQueue<(string Path, string Body)> _entered = new();
    private int _inside;
    private int _left;

    /// <summary>Gets the path and body text of every charged request, in order.</summary>
    public IReadOnlyList<(string Path, string Body)> Entered => [.. _entered];

    /// <summary>Gets the number of charged requests that have left.</summary>
    public int Left => Volatile.Read(ref _left);

    /// <summary>Gets the number of charged requests that have not left yet.</summary>
    public int Inside => Volatile.Read(ref _inside);

    public TimeSpan Enter(HttpContext context, ReadOnlySpan<byte> body)
    {
        _entered.Enqueue((context.Request.Path.Value ?? string.Empty, Encoding.UTF8.GetString(body)));
        Interlocked.Increment(ref _inside);
        return delay;
    }

    public void Leave(HttpContext context)
    {
        Interlocked.Decrement(ref _inside);
        Interlocked.Increment(ref _left);
    }
}
