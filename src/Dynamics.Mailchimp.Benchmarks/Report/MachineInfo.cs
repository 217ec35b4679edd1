using System.Runtime.InteropServices;

namespace Dynamics.Mailchimp.Benchmarks.Report;

/// <summary>The machine the figures were taken on.</summary>
public static class MachineInfo
{
    /// <summary>Cores, OS and .NET, in one line.</summary>
    /// <returns>The description.</returns>
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}";
}
