using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Solution.Package;
using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Solutions;

/// <summary>A solution zip imported by <see cref="SolutionImporter"/>: the organization it describes, and the steps left out.</summary>
/// <param name="Zip">The zip's path or name.</param>
/// <param name="Package">What the zip carries.</param>
/// <param name="Schema">The organization's tables: the sandbox's system tables extended by the zip's tables, with system columns.</param>
/// <param name="Registrations">The zip's steps the sandbox registers, their types resolved in the loaded plug-in assembly.</param>
/// <param name="Unregistered">The zip's steps it does not register, each with the reason.</param>
public sealed record ImportedSolution(
    string Zip,
    SolutionPackage Package,
    SchemaCatalog Schema,
    PluginRegistrationManifest Registrations,
    IReadOnlyList<UnregisteredStep> Unregistered)
{
    /// <summary>A new organization with this solution's tables and steps.</summary>
    /// <param name="clock">The organization's clock; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="journeysConsent">Whether the organization also has the Customer Insights – Journeys consent tables (<see cref="InMemoryOrganizationOptions.JourneysConsent"/>).</param>
    /// <returns>The organization.</returns>
    public InMemoryOrganization CreateOrganization(TimeProvider? clock = null, bool journeysConsent = false) =>
        new(new InMemoryOrganizationOptions { Schema = Schema, Registrations = Registrations, Clock = clock ?? TimeProvider.System, JourneysConsent = journeysConsent });
}
