using Microsoft.Extensions.Hosting;

namespace Dynamics.Mailchimp.Sandbox.Hosting;

/// <summary>
/// A host lifetime that registers no signal handlers: the emulator starts and stops when its owner says so.
/// </summary>
/// <remarks>
/// The default <c>ConsoleLifetime</c> handles SIGINT and SIGTERM by stopping only its own host and cancelling the
/// signal, so a process that embeds two emulators ignored Ctrl+C and <c>kill</c>. With this lifetime the signals
/// reach the process owner (the command line), which cancels its work and disposes the emulators.
/// </remarks>
internal sealed class EmbeddedHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
