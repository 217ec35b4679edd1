using System.Runtime.InteropServices;

namespace Dynamics.Mailchimp.Cli.Hosting;

/// <summary>
/// Gives back the default disposition of signals a parent left ignored, so our handlers can see them.
/// </summary>
/// <remarks>
/// A shell starts a background job (<c>cmd &amp;</c>) with SIGINT and SIGQUIT ignored, and an ignored signal never
/// reaches a .NET <see cref="PosixSignalRegistration"/>. This process handles them itself (a clean stop), so it
/// asks for them back. Nothing happens on Windows, where these are not POSIX signals.
/// </remarks>
internal static class UnignoredSignals
{
    private const int Sigint = 2;
    private const int Sigquit = 3;
    private static readonly nint DefaultHandler = 0;

    public static void Restore(IEnumerable<PosixSignal> signals)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var signal in signals)
        {
            var number = signal switch
            {
                PosixSignal.SIGINT => Sigint,
                PosixSignal.SIGQUIT => Sigquit,
                _ => 0,
            };
            if (number != 0)
            {
                _ = SetHandler(number, DefaultHandler);
            }
        }
    }

    [DllImport("libc", EntryPoint = "signal")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern nint SetHandler(int signal, nint handler);
}
