using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Serve;

/// <summary>
/// Both sandboxes, a settings file with the webhook key, and <c>dmc serve</c> running in-process on a loopback port, its
/// logs collected. Deliveries are posted as Mailchimp posts them; <see cref="StopAsync"/> stops it as a signal would.
/// </summary>
internal sealed class ServeHarness : IAsyncDisposable
{
    public const string Key = "test-webhook-key-0123456789abcdef-0123456789";

    private CancellationTokenSource _stop = new();
    private readonly string _folder;
    private Task<int>? _run;
    private ConcurrentStringWriter? _output;

    private ServeHarness(PullSandboxes sandboxes, string folder)
    {
        Sandboxes = sandboxes;
        _folder = folder;
    }

    public PullSandboxes Sandboxes { get; }

    public FakeLogCollector Logs { get; } = new();

    /// <summary>Gets or sets the clock dmc runs on (the receiver's answer deadline); the system clock unless a test sets a fake one.</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;

    public Uri Address { get; private set; } = null!;

    public string SettingsFile => Path.Combine(_folder, "dmc.settings.json");

    public static string Audience => MailchimpSandboxDefaults.AudienceId;

    public static async Task<ServeHarness> StartAsync(PullSandboxes? sandboxes = null, int? answerWithinSeconds = null)
    {
        var folder = Directory.CreateTempSubdirectory("dmc-serve-").FullName;
        var webhooks = new Dictionary<string, object> { ["Secret"] = Key, ["PublicUrl"] = "http://127.0.0.1:1/" };
        if (answerWithinSeconds is { } seconds)
        {
            webhooks["AnswerWithinSeconds"] = seconds;
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "dmc.settings.json"), JsonSerializer.Serialize(new { Webhooks = webhooks }));
        return new ServeHarness(sandboxes ?? await PullSandboxes.StartAsync(), folder);
    }

    /// <summary>Starts <c>dmc serve</c> (again, after <see cref="StopAsync"/>) and waits until it listens.</summary>
    public async Task ServeAsync(params string[] extra)
    {
        if (_stop.IsCancellationRequested)
        {
            _stop.Dispose();
            _stop = new CancellationTokenSource();
        }

        var listening = new TaskCompletionSource<IReadOnlyList<Uri>>(TaskCreationOptions.RunContinuationsAsynchronously);
        var context = Context() with { ServeListening = addresses => listening.TrySetResult(addresses) };
        var (console, output) = TestConsole.Create();
        _output = output;
        _run = DmcCli.RunAsync(console, ["serve", "--urls", "http://127.0.0.1:0", "--json", "--settings", SettingsFile, .. extra, .. Sandboxes.Flags()], context, _stop.Token);
        var first = await Task.WhenAny(listening.Task, _run);
        if (first == _run)
        {
            throw new InvalidOperationException($"dmc serve exited with {await _run}: {output}");
        }

        Address = (await listening.Task)[0];
    }

    /// <summary>Runs another verb with the same settings and logs.</summary>
    public async Task<(int Exit, JsonElement Json, string Text)> RunJsonAsync(params string[] verb)
    {
        var (console, output) = TestConsole.Create();
        var exit = await DmcCli.RunAsync(console, [.. verb, "--json", "--settings", SettingsFile, .. Sandboxes.Flags()], Context());
        using var json = output.ToString().TrimStart().StartsWith('{') ? JsonDocument.Parse(output.ToString()) : throw new InvalidOperationException($"dmc {string.Join(' ', verb)} exited {exit} without JSON: {output}");
        return (exit, json.RootElement.Clone(), output.ToString());
    }

    public Uri WebhookUrl(string? audience = null, string? secret = null)
    {
        var id = audience ?? Audience;
        return WebhookPaths.For(Address, id, secret ?? WebhookSecrets.For(Key, id));
    }

    /// <summary>Posts a delivery as Mailchimp does: a form.</summary>
    public async Task<HttpResponseMessage> DeliverAsync(IEnumerable<KeyValuePair<string, string>> form, Uri? url = null)
    {
        using var http = new HttpClient();
        return await http.PostAsync(url ?? WebhookUrl(), new FormUrlEncodedContent(form));
    }

    /// <summary>Stops <c>dmc serve</c> as a signal does and returns its exit code and JSON report.</summary>
    public async Task<(int Exit, JsonElement Json)> StopAsync()
    {
        await _stop.CancelAsync();
        var exit = await _run!;
        using var json = JsonDocument.Parse(_output!.ToString());
        return (exit, json.RootElement.Clone());
    }

    /// <summary>Every log line so far, with its structured values.</summary>
    public string LogText() => string.Join("\n", Logs.GetSnapshot().Select(r => r.Message + " " + string.Join(",", r.StructuredState ?? [])));

    public async ValueTask DisposeAsync()
    {
        if (_run is { IsCompleted: false })
        {
            await _stop.CancelAsync();
            await _run;
        }

        _stop.Dispose();
        await Sandboxes.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private CommandContext Context() => new(_folder, logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(Logs))) { Time = Time };
}
