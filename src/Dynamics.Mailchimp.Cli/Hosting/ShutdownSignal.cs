using System.Runtime.InteropServices;

namespace Dynamics.Mailchimp.Cli.Hosting;

/// <summary>
/// Turns SIGINT (Ctrl+C), SIGTERM and SIGQUIT into a cancelled token, so a long-running verb stops cleanly
/// however it was started: in a terminal, in the background (where the shell leaves SIGINT ignored), or by a
/// process manager that sends SIGTERM.
/// </summary>
/// <remarks>
/// The signal's default action (terminate at once) is cancelled; the verb observes <see cref="Token"/>, finishes
/// or abandons its work, and returns its exit code. A second signal while stopping is not cancelled, so an
/// impatient second Ctrl+C still ends the process.
/// </remarks>
public sealed class ShutdownSignal : IDisposable
{
    private static readonly PosixSignal[] Signals = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT];
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];

    private ShutdownSignal()
    {
    }

    /// <summary>Gets the token that is cancelled by the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Gets the signal that asked the process to stop, if any.</summary>
    public PosixSignal? Received { get; private set; }

    /// <summary>Registers the handlers for this process.</summary>
    /// <returns>The registration; dispose it to restore the default behaviour.</returns>
    public static ShutdownSignal Register()
    {
        var signal = new ShutdownSignal();
        UnignoredSignals.Restore(Signals);
        foreach (var posixSignal in Signals)
        {
            signal._registrations.Add(PosixSignalRegistration.Create(posixSignal, signal.OnSignal));
        }

        return signal;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Received is not null)
        {
            return;
        }

        Received = context.Signal;
        context.Cancel = true;
        _stop.Cancel();
    }
}
