using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>Fake primary handler: records every request and answers from queued responders (or a fallback).</summary>
public sealed class RecordingHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<RecordedRequest, HttpResponseMessage>> _responders = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly TimeProvider _time;

    public RecordingHandler(TimeProvider? time = null) => _time = time ?? TimeProvider.System;

    public Func<RecordedRequest, HttpResponseMessage>? Fallback { get; set; }

    /// <summary>Awaited before answering, to hold requests in flight.</summary>
    public Task? Gate { get; set; }

    /// <summary>When set, each request waits for one permit before answering, so a test releases requests one at a time.</summary>
    public SemaphoreSlim? Permits { get; set; }

    /// <summary>Released once per request that reaches the handler (after it counts as in flight), for tests to await arrivals.</summary>
    public SemaphoreSlim Arrivals { get; } = new(0);

    public int InFlight => Volatile.Read(ref _inFlight);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    private int _inFlight;
    private int _maxInFlight;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToList();
            }
        }
    }

    public RecordingHandler Enqueue(Func<RecordedRequest, HttpResponseMessage> responder)
    {
        _responders.Enqueue(responder);
        return this;
    }

    public RecordingHandler EnqueueJson(HttpStatusCode status, string json, params (string Name, string Value)[] headers) =>
        Enqueue(_ => Json(status, json, headers));

    public static HttpResponseMessage Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static string Fingerprint(string token) =>
        "sha256:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(token)))[..16];

    public static HttpResponseMessage Empty(HttpStatusCode status, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent([]) };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in request.Headers)
        {
            // Recorded requests never hold a secret: the bearer token is kept only as a fingerprint.
            headers[header.Key] = header.Key == "Authorization"
                ? request.Headers.Authorization!.Scheme + " " + Fingerprint(request.Headers.Authorization.Parameter ?? string.Empty)
                : string.Join(", ", header.Value);
        }

        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method, request.RequestUri!, headers, request.Content?.Headers.ContentType?.ToString(), body, _time.GetUtcNow());
        lock (_requests)
        {
            _requests.Add(recorded);
        }

        var now = Interlocked.Increment(ref _inFlight);
        int seen;
        while (now > (seen = Volatile.Read(ref _maxInFlight)) && Interlocked.CompareExchange(ref _maxInFlight, now, seen) != seen)
        {
        }

        Arrivals.Release();
        try
        {
            if (Gate is { } gate)
            {
                await gate.WaitAsync(cancellationToken);
            }

            if (Permits is { } permits)
            {
                await permits.WaitAsync(cancellationToken);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }

        var responder = _responders.TryDequeue(out var next) ? next : Fallback
            ?? throw new InvalidOperationException($"No response queued for {request.Method} {request.RequestUri}.");
        var response = responder(recorded);
        response.RequestMessage = request;
        return response;
    }
}
