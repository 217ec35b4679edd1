using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Dynamics.Mailchimp.Cli.Tests.Support;

/// <summary>
/// The built <c>dmc</c> running any verb as a real child process, with extra environment variables, so tests can send it
/// real POSIX signals or SIGKILL it.
/// </summary>
internal sealed class DmcChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<(string Text, TaskCompletionSource<string> Seen)> _awaited = [];

    private DmcChildProcess(Process process) => _process = process;

    /// <summary>Gets everything the process printed so far.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Gets a task that completes when the process has exited.</summary>
    public Task Exited => _process.WaitForExitAsync();

    /// <summary>Gets a value indicating whether the process has exited.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>dmc</c> with <paramref name="arguments"/>.</summary>
    public static DmcChildProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "dmc.dll");
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet, [dll, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var child = new DmcChildProcess(new Process { StartInfo = info });
        child._process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Completes with the first output line that contains <paramref name="text"/> (already printed or still to come).</summary>
    public Task<string> LineContainingAsync(string text)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_output)
        {
            if (_output.ToString().Split('\n').FirstOrDefault(line => line.Contains(text, StringComparison.Ordinal)) is { } line)
            {
                seen.SetResult(line.TrimEnd('\r'));
            }
            else
            {
                _awaited.Add((text, seen));
            }
        }

        return seen.Task;
    }

    /// <summary>Sends SIGTERM, SIGINT or SIGQUIT.</summary>
    public void Signal(PosixSignal signal)
    {
        PosixSignals.Send(_process.Id, signal);
    }

    /// <summary>SIGKILL: the process ends at once, with no chance to clean up.</summary>
    public async Task KillAsync()
    {
        PosixSignals.SendKill(_process.Id);
        await _process.WaitForExitAsync().ConfigureAwait(false);
    }

    /// <summary>Waits for the exit; <see langword="null"/> when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            _process.WaitForExit();
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
            foreach (var waiter in _awaited.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToArray())
            {
                waiter.Seen.TrySetResult(line);
                _awaited.Remove(waiter);
            }
        }
    }
}
