using Dynamics.Mailchimp.Sandbox.Dataverse.Routing;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Hosting.Concurrency;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>
/// What the HTTP pipeline needs at request time. The dispatcher is set once the port (and so the service root) is known.
/// Requests pass <see cref="Gate"/>: those that only read together, the others one at a time; a change set runs inside one
/// organization transaction.
/// </summary>
internal sealed class SandboxRuntime(TokenRegistry tokens, ServiceProtectionLimiter limiter, ExecutionTimeLimiter executionTime, InFlightLimiter concurrency, int concurrencyRetryAfterSeconds, TimeProvider clock)
{
    public ExecutionTimeLimiter ExecutionTime { get; } = executionTime;

    public TimeProvider Clock { get; } = clock;

    public TokenRegistry Tokens { get; } = tokens;

    public ServiceProtectionLimiter Limiter { get; } = limiter;

    public InFlightLimiter Concurrency { get; } = concurrency;

    public int ConcurrencyRetryAfterSeconds { get; } = concurrencyRetryAfterSeconds;

    public ReadWriteGate Gate { get; } = new();

    public WebApiDispatcher? Dispatcher { get; set; }
}
