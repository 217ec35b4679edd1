using System.Globalization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Registration;
using N = Dynamics.Mailchimp.Solution.Package.CustomizationNames;

namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>
/// Reads the <c>PluginAssembly</c> of a customizations.xml back into its registration: name, stable id, isolation mode
/// and source type (the codes of <see cref="RegistrationCodes"/>), checking that the zip holds the file its
/// <c>FileName</c> names.
/// </summary>
public static class PackagedAssemblyXml
{
    /// <summary>The registration of <paramref name="assembly"/>.</summary>
    /// <param name="assembly">The <c>PluginAssembly</c> element.</param>
    /// <param name="hasEntry">Whether the zip holds an entry of that name.</param>
    /// <param name="zip">The zip's path or name, for messages.</param>
    /// <returns>The registration.</returns>
    /// <exception cref="SolutionPackageException">An attribute is missing or unknown, or the file is missing; the message names it.</exception>
    public static PluginAssemblyRegistration Read(XElement assembly, Func<string, bool> hasEntry, string zip)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(hasEntry);
        var part = $"{PackageEntries.Customizations} {N.Assembly} '{(string?)assembly.Attribute("FullName")}'";
        var fullName = (string?)assembly.Attribute("FullName") ?? throw new SolutionPackageException(zip, part, "has no FullName");
        if (!Guid.TryParse((string?)assembly.Attribute("PluginAssemblyId"), out var id))
        {
            throw new SolutionPackageException(zip, part, "has no PluginAssemblyId GUID");
        }

        var file = ((string?)assembly.Element("FileName"))?.TrimStart('/') ?? throw new SolutionPackageException(zip, part, "has no FileName");
        if (!hasEntry(file))
        {
            throw new SolutionPackageException(zip, file, $"(the FileName of {part}) is missing");
        }

        var isolation = (string?)assembly.Element("IsolationMode");
        var source = (string?)assembly.Element("SourceType");
        return new PluginAssemblyRegistration(
            fullName.Split(',')[0].Trim(),
            id,
            Decode(["None", "Sandbox"], isolation, RegistrationCodes.IsolationMode) ?? throw new SolutionPackageException(zip, part, $"has IsolationMode '{isolation}' (1 None or 2 Sandbox)"),
            Decode(["Database"], source, RegistrationCodes.SourceType) ?? throw new SolutionPackageException(zip, part, $"has SourceType '{source}' (0 Database)"));
    }

    // The declared name whose code is the stored value.
    private static string? Decode(string[] names, string? stored, Func<string, int?> code) =>
        names.FirstOrDefault(n => code(n)?.ToString(CultureInfo.InvariantCulture) == stored?.Trim());
}
