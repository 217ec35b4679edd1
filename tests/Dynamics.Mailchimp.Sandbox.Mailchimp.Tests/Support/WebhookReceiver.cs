using System.Collections.Concurrent;
using System.Collections.Specialized;
using System.Web;
using Dynamics.Mailchimp.Sandbox.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

/// <summary>
/// A webhook receiver on a loopback port for the sandbox to call: it answers the validation GET, records each POST and
/// answers it with a scripted status (200 by default); <see cref="Hold"/> keeps POSTs waiting until <see cref="Release"/>.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _posts = new();
    private readonly ConcurrentQueue<string> _checks = new();
    private readonly Lock _lock = new();
    private TaskCompletionSource _released = Released();
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private EmulatorHost? _host;

    /// <summary>Gets or sets the status the validation GET answers.</summary>
    public int CheckStatus { get; set; } = 200;

    /// <summary>Gets the User-Agent of each validation GET received.</summary>
    public IReadOnlyList<string> Checks => [.. _checks];

    /// <summary>Gets the POSTs received (including those still held), oldest first.</summary>
    public IReadOnlyList<ReceivedWebhook> Posts => [.. _posts];

    /// <summary>Gets the URL of the receiver with a per-audience secret, like <c>dmc serve</c> registers.</summary>
    public Uri Url => new(_host!.RootAddress, "mailchimp/hook?secret=s3cret");

    public static async Task<WebhookReceiver> StartAsync(CancellationToken cancellationToken)
    {
        var receiver = new WebhookReceiver();
        receiver._host = await EmulatorHost.StartAsync(null, receiver.Configure, cancellationToken);
        return receiver;
    }

    /// <summary>The next POSTs answer these statuses, in order; then 200 again.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public void Hold()
    {
        lock (_lock)
        {
            _released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Release()
    {
        lock (_lock)
        {
            _released.TrySetResult();
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> POSTs have arrived (held or answered).</summary>
    public async Task WaitForPostsAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                if (_posts.Count >= count)
                {
                    return;
                }

                arrived = _arrived.Task;
            }

            await arrived.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops listening: later deliveries find the connection refused.</summary>
    public async ValueTask DisposeAsync()
    {
        Release();
        if (_host is { } host)
        {
            _host = null;
            await host.DisposeAsync();
        }
    }

    private static TaskCompletionSource Released()
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        released.SetResult();
        return released;
    }

    private void Configure(WebApplication app)
    {
        app.MapGet("/mailchimp/hook", (HttpContext context) =>
        {
            _checks.Enqueue(context.Request.Headers.UserAgent.ToString());
            return Results.StatusCode(CheckStatus);
        });
        app.MapPost("/mailchimp/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            Task released;
            lock (_lock)
            {
                _posts.Enqueue(new ReceivedWebhook(context.Request.QueryString.Value ?? string.Empty, context.Request.Headers.UserAgent.ToString(), context.Request.ContentType ?? string.Empty, body));
                var arrived = _arrived;
                _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                arrived.TrySetResult();
                released = _released.Task;
            }

            await released.WaitAsync(context.RequestAborted);
            return Results.StatusCode(_answers.TryDequeue(out var status) ? status : 200);
        });
    }
}

/// <summary>One POST the receiver got.</summary>
internal sealed record ReceivedWebhook(string Query, string UserAgent, string ContentType, string Body)
{
    public NameValueCollection Form => HttpUtility.ParseQueryString(Body);
}
