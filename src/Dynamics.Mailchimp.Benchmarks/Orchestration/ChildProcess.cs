using System.Diagnostics;

namespace Dynamics.Mailchimp.Benchmarks.Orchestration;

/// <summary>This executable started again in another role, with stdin, stdout and stderr redirected.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    /// <summary>
    /// The environment variable that switches tiered compilation off in a server child (value "0"): see
    /// <see cref="StartServer"/>.
    /// </summary>
    public const string TieredCompilation = "DOTNET_TieredCompilation";

    /// <summary>
    /// The environment variable that sets a server child's smallest number of thread-pool workers (value
    /// <see cref="ServerMinWorkerThreads"/>): see <see cref="StartServer"/>.
    /// </summary>
    public const string MinWorkerThreads = "DOTNET_ThreadPool_ForceMinWorkerThreads";

    /// <summary>A server child's smallest number of thread-pool workers: ten connections to each service, and spare.</summary>
    public const int ServerMinWorkerThreads = 32;

    /// <summary>
    /// The environment variable that sets a server child's GC memory conservation (value "0", the runtime's default): see
    /// <see cref="StartServer"/>.
    /// </summary>
    public const string ConserveMemory = "DOTNET_GCConserveMemory";

    /// <summary>
    /// The environment variable that sets a server child's smallest gen0 budget (<see cref="ServerGen0Size"/>, in hex as
    /// the runtime reads it): see <see cref="StartServer"/>.
    /// </summary>
    public const string Gen0Size = "DOTNET_GCgen0size";

    /// <summary>A server child's smallest gen0 budget: 256 MB, in hex.</summary>
    public const string ServerGen0Size = "10000000";

    /// <summary>Starts this executable with <paramref name="args"/>.</summary>
    /// <param name="args">The role and its arguments.</param>
    /// <returns>The child.</returns>
    public static ChildProcess Start(IEnumerable<string> args) => Start(StartInfo(args, server: false));

    /// <summary>
    /// Starts this executable as a sandbox server (<c>serve</c>, <c>serve-activity</c>, <c>serve-dynamic</c>): with its
    /// code compiled fully optimised on first use. The sandboxes stand in for remote services that are warm; under
    /// tiered compilation a method runs unoptimised tier-0 code for its first 30 calls, and a push of 10,000 calls the
    /// Mailchimp batch subscribe only 20 times, so its handling never left tier 0 and the server spent about twice the
    /// CPU it needs (6.5 s against 3.0 s during that push), taken from the job on the same two cores. Seeding, which
    /// is not timed, pays the extra compile time instead. And with as many thread-pool workers as the two services'
    /// connections: a sandbox's handlers wait on its store's lock, and with the pool's default of one worker per core
    /// the requests behind it were not even started, so their modelled latency started late (ten concurrent batch
    /// subscribes: one answered after 1.2 s, nine after 1.6 s; with 32 workers all ten after 1.2 s, as the model says).
    /// And with a garbage collector sized for a server rather than for the job: the benchmark's own setting
    /// (<c>ConserveMemory</c> 9, for the activity job it runs in-process) is switched off, and gen0 gets a 256 MB budget, so
    /// the emulators' short-lived request and answer objects die young instead of being compacted every few megabytes.
    /// Pushing 10,000 changes, the server then used about 1.7 s of CPU instead of 2.2–2.6 s, which it had taken from the
    /// job on the same two cores (session 15, docs/sync-engine.md).
    /// </summary>
    /// <param name="args">The server role and its arguments.</param>
    /// <returns>The child.</returns>
    public static ChildProcess StartServer(IEnumerable<string> args) => Start(StartInfo(args, server: true));

    /// <summary>How a child is started.</summary>
    /// <param name="args">The role and its arguments.</param>
    /// <param name="server">Whether it is a sandbox server (<see cref="StartServer"/>).</param>
    /// <returns>The start info: this executable, stdin and stdout redirected.</returns>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, bool server)
    {
        ArgumentNullException.ThrowIfNull(args);
        var info = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own path is unknown."))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (server)
        {
            info.Environment[TieredCompilation] = "0";
            info.Environment[MinWorkerThreads] = ServerMinWorkerThreads.ToString(System.Globalization.CultureInfo.InvariantCulture);
            info.Environment[ConserveMemory] = "0";
            info.Environment[Gen0Size] = ServerGen0Size;
        }

        return info;
    }

    private static ChildProcess Start(ProcessStartInfo info) =>
        new(Process.Start(info) ?? throw new InvalidOperationException("The child process did not start."));

    /// <summary>Reads the child's next stdout line.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The line.</returns>
    public async Task<string> ReadLineAsync(CancellationToken cancellationToken) =>
        await _process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"The child process ended (exit code {(_process.HasExited ? _process.ExitCode : -1)}) before reporting.");

    /// <summary>Waits for the child to end and returns its last stdout line.</summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The last non-empty line.</returns>
    public async Task<string> ReadLastLineAsync(CancellationToken cancellationToken)
    {
        var all = await _process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await _process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return all.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new InvalidOperationException($"The child process ended (exit code {_process.ExitCode}) without reporting.");
    }

    /// <summary>Closes the child's stdin (a server child stops) and waits for it, killing it after 10 s.</summary>
    /// <returns>A task that completes when the child has ended.</returns>
    public async Task StopAsync()
    {
        _process.StandardInput.Close();
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}
