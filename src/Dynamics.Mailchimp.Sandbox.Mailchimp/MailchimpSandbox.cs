using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Sandbox.Hosting;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Controls;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks.Delivery;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp;

/// <summary>
/// A local, in-memory Mailchimp Marketing API v3 emulator on a loopback port.
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), cancellationToken);
/// var client = new HttpClient { BaseAddress = sandbox.BaseAddress };
/// </code>
/// </example>
public sealed class MailchimpSandbox : IAsyncDisposable
{
    private readonly EmulatorHost _host;
    private readonly RequestLog _log;
    private readonly WebhookDispatcher _dispatcher;

    private MailchimpSandbox(EmulatorHost host, string apiKey, SandboxComposition composition)
    {
        _host = host;
        ApiKey = apiKey;
        Controls = composition.Controls;
        Webhooks = composition.Webhooks;
        _log = composition.Log;
        _dispatcher = composition.Dispatcher;
        BaseAddress = new Uri(host.RootAddress, MailchimpSandboxDefaults.ApiPrefix.TrimStart('/') + "/");
        ControlsAddress = new Uri(host.RootAddress, MailchimpSandboxDefaults.ControlsPrefix.TrimStart('/') + "/");
    }

    /// <summary>Gets the API base address, <c>http://127.0.0.1:&lt;port&gt;/3.0/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the controls base address, <c>http://127.0.0.1:&lt;port&gt;/_sandbox/</c>.</summary>
    public Uri ControlsAddress { get; }

    /// <summary>Gets the API key the sandbox accepts.</summary>
    public string ApiKey { get; }

    /// <summary>Gets the in-process test and demo controls.</summary>
    public SandboxControls Controls { get; }

    /// <summary>Gets the webhook delivery log and a way to wait for delivery to settle.</summary>
    public SandboxWebhooks Webhooks { get; }

    /// <summary>Gets the API requests received so far (controls excluded), oldest first, with Authorization redacted.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _log.Snapshot();

    /// <summary>Validates the options and starts the sandbox.</summary>
    /// <param name="options">The options.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running sandbox; dispose it to stop.</returns>
    /// <exception cref="ValidationException">The options are invalid.</exception>
    public static async Task<MailchimpSandbox> StartAsync(MailchimpSandboxOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var composition = new SandboxComposition(options);
        EmulatorHost host;
        try
        {
            host = await EmulatorHost.StartAsync(null, composition.Configure, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await composition.Dispatcher.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return new MailchimpSandbox(host, options.ApiKey, composition);
    }

    /// <summary>Stops webhook delivery (an attempt under way is cancelled and not recorded), then the sandbox, and releases its port.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        Controls.ReleaseRequests();
        await _dispatcher.DisposeAsync().ConfigureAwait(false);
        await _host.DisposeAsync().ConfigureAwait(false);
    }

    private static void Validate(MailchimpSandboxOptions options)
    {
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        foreach (var seed in options.Audiences)
        {
            Validator.ValidateObject(seed, new ValidationContext(seed), validateAllProperties: true);
        }

        if (options.Audiences.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count() != options.Audiences.Count)
        {
            throw new ValidationException("Audience ids must be unique.");
        }
    }
}
