using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Sandbox.Xrm.Solutions;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Solutions;

/// <summary>Checks and applies <see cref="DataverseSandboxOptions.Solution"/>: the organization built from a packed solution zip.</summary>
internal static class SolutionImportOptions
{
    /// <summary>Throws <see cref="ValidationException"/> when <see cref="DataverseSandboxOptions.Solution"/> is blank, missing, or given with an organization.</summary>
    public static void Validate(DataverseSandboxOptions options)
    {
        if (options.Solution is not { } zip)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(zip))
        {
            throw new ValidationException($"{nameof(DataverseSandboxOptions.Solution)} must not be blank; leave it null to build the organization from the source.");
        }

        if (options.Organization is not null)
        {
            throw new ValidationException($"{nameof(DataverseSandboxOptions.Solution)} and {nameof(DataverseSandboxOptions.Organization)} cannot both be set: the solution builds the organization.");
        }

        if (!File.Exists(zip))
        {
            throw new ValidationException($"{nameof(DataverseSandboxOptions.Solution)}: the solution zip '{zip}' does not exist.");
        }
    }

    /// <summary>The imported solution, or null when <see cref="DataverseSandboxOptions.Solution"/> is not set.</summary>
    /// <exception cref="Dynamics.Mailchimp.Solution.Package.SolutionPackageException">The zip cannot be read.</exception>
    /// <exception cref="SolutionImportException">The zip cannot be imported.</exception>
    public static ImportedSolution? Import(DataverseSandboxOptions options) =>
        options.Solution is { } zip ? SolutionImporter.Import(zip) : null;
}
