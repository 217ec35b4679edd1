using Dynamics.Mailchimp.Sandbox.Xrm.Solutions;

namespace Dynamics.Mailchimp.Cli.Commands.Sandbox;

/// <summary>What <c>sandbox --solution</c> prints about the zip it built the organization from, and the steps it left out.</summary>
public static class SandboxSolutionLines
{
    /// <summary>The line that names the imported zip.</summary>
    public const string SolutionLabel = "  solution:";

    /// <summary>The prefix of each step the sandbox did not register.</summary>
    public const string UnregisteredLabel = "  not registered:";

    /// <summary>The lines for <paramref name="imported"/>; none when the organization came from the source.</summary>
    /// <param name="imported">The imported solution, or null.</param>
    /// <returns>The lines.</returns>
    public static IEnumerable<string> For(ImportedSolution? imported)
    {
        if (imported is null)
        {
            yield break;
        }

        var package = imported.Package;
        yield return $"{SolutionLabel} {package.UniqueName} {package.Version} ({(package.Managed ? "managed" : "unmanaged")}) from {imported.Zip}: "
            + $"{package.Tables.Tables.Count} tables, {imported.Registrations.Steps.Count} of {package.Steps.Count} steps registered";
        foreach (var step in imported.Unregistered)
        {
            yield return $"{UnregisteredLabel} step '{step.Step.Name}' ({step.Step.Id}): {step.Reason}";
        }
    }
}
