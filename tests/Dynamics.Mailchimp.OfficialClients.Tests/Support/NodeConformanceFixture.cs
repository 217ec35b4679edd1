using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>Starts the sandbox in-process, seeds it, and runs the official Node client's conformance script once for
/// the whole test class. A missing <c>node</c> fails every test with <see cref="RequiredToolMissingException"/>.</summary>
public sealed class NodeConformanceFixture : IAsyncLifetime
{
    private MailchimpSandbox? _sandbox;
    private ConformanceSeed? _seed;
    private ProcessResult? _run;

    /// <summary>Gets the running sandbox.</summary>
    public MailchimpSandbox Sandbox => _sandbox ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Gets what was seeded through the controls.</summary>
    public ConformanceSeed Seed => _seed ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Gets the script's exit code and output.</summary>
    public ProcessResult Run => _run ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>Gets the parsed result lines.</summary>
    public IReadOnlyList<ConformanceLine> Lines { get; private set; } = [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        _sandbox = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), timeout.Token);
        _seed = ConformanceSeed.Apply(_sandbox.Controls, DateTimeOffset.UtcNow);
        await NodeClientProject.EnsureInstalledAsync(timeout.Token);
        _run = await NodeClientProject.RunConformanceAsync(_seed.ToEnvironment(_sandbox.BaseAddress, _sandbox.ApiKey), timeout.Token);
        Lines = ConformanceLine.ParseAll(_run.StandardOutput);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }
}
