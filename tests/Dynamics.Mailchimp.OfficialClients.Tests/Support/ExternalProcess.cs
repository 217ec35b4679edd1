using System.ComponentModel;
using System.Diagnostics;

namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>Runs a program to completion with a time limit, capturing its output.</summary>
internal static class ExternalProcess
{
    /// <summary>Runs <paramref name="fileName"/> and waits for it.</summary>
    /// <param name="fileName">The program, looked up on PATH.</param>
    /// <param name="arguments">The arguments.</param>
    /// <param name="workingDirectory">The working folder.</param>
    /// <param name="environment">Variables added to the inherited environment.</param>
    /// <param name="timeout">The time limit; the process tree is killed when it passes.</param>
    /// <param name="cancellationToken">Cancels the wait (and kills the process).</param>
    /// <returns>The exit code and output.</returns>
    /// <exception cref="RequiredToolMissingException">The program is not on PATH.</exception>
    /// <exception cref="ProcessTimedOutException">The time limit passed.</exception>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = new Process { StartInfo = info };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            throw new RequiredToolMissingException(fileName, ex);
        }

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            if (cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new ProcessTimedOutException($"{fileName} {string.Join(' ', arguments)}", timeout, await stdout + await stderr);
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }
}
