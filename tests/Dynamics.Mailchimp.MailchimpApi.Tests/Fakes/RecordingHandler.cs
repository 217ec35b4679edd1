using System.Collections.Concurrent;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

/// <summary>
/// The primary handler of the client under test: records every request, tracks how many are in flight, and answers
/// with a responder function.
/// </summary>
public sealed class RecordingHandler(Func<RecordedRequest, int, CancellationToken, Task<HttpResponseMessage>> responder) : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private int inFlight;
    private int maxInFlight;
    private int count;

    public RecordingHandler(Func<RecordedRequest, int, HttpResponseMessage> responder)
        : this((request, index, _) => Task.FromResult(responder(request, index)))
    {
    }

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public int Count => Volatile.Read(ref count);

    public int InFlight => Volatile.Read(ref inFlight);

    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref maxInFlight)) && Interlocked.CompareExchange(ref maxInFlight, now, seen) != seen)
        {
        }

        try
        {
            var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            var recorded = new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization?.ToString(), body);
            requests.Enqueue(recorded);
            var index = Interlocked.Increment(ref count) - 1;
            var response = await responder(recorded, index, cancellationToken);
            response.RequestMessage = request;
            return response;
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }
}
