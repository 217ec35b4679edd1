using Microsoft.Extensions.Hosting;

namespace Dynamics.Mailchimp.Cli.Commands.Serve;

/// <summary>
/// The receiver's host lifetime: it takes no console signals for itself. <c>dmc</c> turns SIGINT, SIGTERM and SIGQUIT into
/// its stop token (<see cref="Hosting.ShutdownSignal"/>) and stops the host in order: no new deliveries, the ones in flight
/// answered, the inbox drained.
/// </summary>
internal sealed class SignalFreeLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
