using System.Runtime.InteropServices;

namespace Dynamics.Mailchimp.Cli.Tests.Support;

/// <summary>Sends real POSIX signals to a process id (libc <c>kill</c>), for the child-process tests.</summary>
internal static class PosixSignals
{
    private const int SigKill = 9;

    /// <summary>Sends SIGINT, SIGQUIT or SIGTERM.</summary>
    /// <exception cref="InvalidOperationException">kill failed; the message names the pid and errno.</exception>
    public static void Send(int pid, PosixSignal signal)
    {
        var number = signal switch
        {
            PosixSignal.SIGINT => 2,
            PosixSignal.SIGQUIT => 3,
            PosixSignal.SIGTERM => 15,
            _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "not a signal these tests send"),
        };
        if (Kill(pid, number) != 0)
        {
            throw new InvalidOperationException($"kill({pid}, {number}) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    /// <summary>Sends SIGKILL, ignoring a process that is already gone.</summary>
    public static void SendKill(int pid) => _ = Kill(pid, SigKill);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
