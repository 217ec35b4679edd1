using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Dynamics.Mailchimp.Cli.Tests.Support;

/// <summary>
/// The built <c>dmc</c> run as a real child process, optionally as a shell's background job, so tests can send
/// it real POSIX signals.
/// </summary>
internal sealed class SandboxChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<int> _pid = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _banner = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly bool _background;

    private SandboxChildProcess(Process process, bool background)
    {
        _process = process;
        _background = background;
    }

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

    /// <summary>
    /// Starts <c>dmc sandbox</c>. In the background, <c>/bin/sh</c> starts it with <c>&amp;</c>, which leaves
    /// SIGINT and SIGQUIT ignored in the job, as an interactive or scripted shell does; the shell prints the job's pid.
    /// </summary>
    public static SandboxChildProcess Start(bool background)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "dmc.dll");
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var info = background
            ? new ProcessStartInfo("/bin/sh", ["-c", $"'{dotnet}' '{dll}' sandbox & echo \"pid=$!\"; wait $!"])
            : new ProcessStartInfo(dotnet, [dll, "sandbox"]);
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.RedirectStandardInput = true;
        info.UseShellExecute = false;
        var child = new SandboxChildProcess(new Process { StartInfo = info }, background);
        child._process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        if (!background)
        {
            child._pid.SetResult(child._process.Id);
        }

        return child;
    }

    /// <summary>Waits until the banner's last line is printed (the sandbox is serving).</summary>
    public async Task WaitForBannerAsync(TimeSpan timeout)
    {
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(_banner.Task, exited, Task.Delay(timeout)).ConfigureAwait(false);
        if (first != _banner.Task)
        {
            throw new InvalidOperationException($"The sandbox did not print its banner (exited: {_process.HasExited}):\n{Output}");
        }
    }

    /// <summary>Sends <paramref name="signal"/> to the sandbox itself (not to the shell that started it).</summary>
    public async Task SignalAsync(PosixSignal signal)
    {
        var pid = await _pid.Task.ConfigureAwait(false);
        PosixSignals.Send(pid, signal);
    }

    /// <summary>Waits for the exit; <see langword="null"/> when it is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_pid.Task.IsCompletedSuccessfully && !_process.HasExited)
        {
            PosixSignals.SendKill(_pid.Task.Result);
        }

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
        }

        if (_background && line.StartsWith("pid=", StringComparison.Ordinal) && int.TryParse(line.AsSpan(4), out var pid))
        {
            _pid.TrySetResult(pid);
        }

        if (line.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal))
        {
            _banner.TrySetResult();
        }
    }
}
