using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Dynamics.Mailchimp.Solution.Package;
using Dynamics.Mailchimp.Solution.Registration;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Solutions;

/// <summary>
/// Imports a packed solution zip into a new in-memory organization: its tables and columns (customizations.xml
/// <c>Entities</c>) extend the sandbox's system tables, and its steps (<c>SdkMessageProcessingSteps</c>) become the
/// plug-in pipeline, instead of solution/src and PluginRegistration/.
/// </summary>
/// <remarks>
/// The organization is built from the zip at start; there is no later import into a running organization, because the
/// Web API's routes and <c>$metadata</c> are built from the schema once. Each step's plug-in type is resolved by name in
/// the net10.0 build of Dynamics.Mailchimp.Plugins the sandbox was built with (<see cref="PluginPipeline.PluginAssembly"/>):
/// the zip's own assembly targets .NET Framework 4.6.2 (Dataverse's sandbox) and cannot be loaded in .NET 10, so the zip
/// decides which types run on which message, table, stage, filtering attributes, images and configuration, and the source
/// build supplies the code. A step without <c>SdkMessageId</c> (the packer writes none for a message whose id no recorded
/// source gives) is not registered and is listed in <see cref="ImportedSolution.Unregistered"/>; any other step the
/// sandbox cannot honour refuses the whole zip, as a Dataverse import fails on a component it cannot import.
/// </remarks>
public static class SolutionImporter
{
    /// <summary>Reads and imports the zip at <paramref name="zip"/>.</summary>
    /// <param name="zip">The solution zip's path.</param>
    /// <returns>The imported solution.</returns>
    /// <exception cref="SolutionPackageException">The zip, or a part of it, cannot be read.</exception>
    /// <exception cref="SolutionImportException">A step, table or the assembly cannot be imported into the sandbox.</exception>
    public static ImportedSolution Import(string zip) => Import(SolutionPackageReader.Read(zip), zip);

    /// <summary>Imports a zip already read.</summary>
    /// <param name="package">What the zip carries.</param>
    /// <param name="zip">The zip's path or name, for messages.</param>
    /// <returns>The imported solution.</returns>
    /// <exception cref="SolutionImportException">A step, table or the assembly cannot be imported into the sandbox.</exception>
    public static ImportedSolution Import(SolutionPackage package, string zip)
    {
        ArgumentNullException.ThrowIfNull(package);
        var schema = OrganizationSchema.With(package.Tables);
        var assembly = AssemblyOf(package, zip);
        var registered = new List<PluginStepRegistration>();
        var unregistered = new List<UnregisteredStep>();
        foreach (var step in package.Steps)
        {
            StepImportRules.Check(step, package, schema, zip);
            if (step.SdkMessageId is null)
            {
                unregistered.Add(new UnregisteredStep(step.Registration, "it carries no SdkMessageId, so its message is unknown (the packer writes none for a message whose id no recorded source gives; see SdkMessageIds)"));
            }
            else
            {
                registered.Add(step.Registration);
            }
        }

        var manifest = new PluginRegistrationManifest(assembly, registered);
        var problems = PluginRegistrationRules.Check(manifest);
        return problems.Count == 0
            ? new ImportedSolution(zip, package, schema, manifest, unregistered)
            : throw new SolutionImportException(zip, "the steps", "break registration rules: " + string.Join(" ", problems));
    }

    private static PluginAssemblyRegistration AssemblyOf(SolutionPackage package, string zip)
    {
        var loaded = PluginPipeline.PluginAssembly.GetName().Name!;
        if (package.Assembly is not { } assembly)
        {
            return package.Steps.Count == 0
                ? new PluginAssemblyRegistration(loaded, Guid.Empty, "Sandbox", "Database")
                : throw new SolutionImportException(zip, PackageEntries.Customizations, "has steps but no PluginAssembly");
        }

        return assembly.Name == loaded
            ? assembly
            : throw new SolutionImportException(zip, $"the plug-in assembly '{package.AssemblyFullName}'", $"is not {loaded}: the sandbox runs the types of its own net10.0 build of {loaded} and cannot load another assembly");
    }
}
