using System.Diagnostics;

namespace Dynamics.Mailchimp.Benchmarks.Orchestration;

/// <summary>This executable started again in another role, with stdin, stdout and stderr redirected.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    /// <summary>Starts this executable with <paramref name="args"/>.</summary>
    /// <param name="args">The role and its arguments.</param>
    /// <returns>The child.</returns>
    public static ChildProcess Start(IEnumerable<string> args)
    {
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

        return new ChildProcess(Process.Start(info) ?? throw new InvalidOperationException("The child process did not start."));
    }

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
