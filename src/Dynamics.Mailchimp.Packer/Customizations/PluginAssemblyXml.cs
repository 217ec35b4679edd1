using System.Globalization;
using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Assembly;
using Dynamics.Mailchimp.Solution.Registration;
using N = Dynamics.Mailchimp.Solution.Package.CustomizationNames;

namespace Dynamics.Mailchimp.Packer.Customizations;

/// <summary>
/// The <c>SolutionPluginAssemblies</c> part of customizations.xml: the assembly with its stable id, isolation, source
/// and file, and one <c>PluginType</c> per type the steps name (element order as CustomizationsSolution.xsd declares it).
/// </summary>
public static class PluginAssemblyXml
{
    /// <summary>The path of the assembly file inside the zip, as exported solutions name it.</summary>
    /// <param name="registration">The registered assembly.</param>
    /// <returns>For example <c>PluginAssemblies/Dynamics.Mailchimp.Plugins-D45B9276-…/Dynamics.Mailchimp.Plugins.dll</c>.</returns>
    public static string EntryPath(PluginAssemblyRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        return $"PluginAssemblies/{registration.Name}-{registration.Id.ToString().ToUpperInvariant()}/{registration.Name}.dll";
    }

    /// <summary>The <c>SolutionPluginAssemblies</c> element.</summary>
    /// <param name="manifest">The registration declarations.</param>
    /// <param name="assembly">The inspected assembly.</param>
    /// <returns>The element.</returns>
    public static XElement Build(PluginRegistrationManifest manifest, PluginAssemblyInfo assembly)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(assembly);
        var registration = manifest.Assembly;
        var types = manifest.Steps.Select(s => s.Plugin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return new XElement(
            N.Assemblies,
            new XElement(
                N.Assembly,
                new XAttribute("FullName", assembly.FullName),
                new XAttribute("PluginAssemblyId", registration.Id.ToString()),
                new XElement("IsolationMode", IsolationMode(registration.IsolationMode)),
                new XElement("SourceType", SourceType(registration.SourceType)),
                new XElement("FileName", "/" + EntryPath(registration)),
                new XElement(N.PluginTypes, types.Select(t => PluginType(registration.Id, t, assembly.FullName)))));
    }

    /// <summary>The assembly-qualified name Dataverse stores for a plug-in type.</summary>
    /// <param name="typeName">The type's full name.</param>
    /// <param name="assemblyFullName">The assembly's display name.</param>
    /// <returns><c>Type, Assembly, Version=…, Culture=…, PublicKeyToken=…</c>.</returns>
    public static string QualifiedName(string typeName, string assemblyFullName) => typeName + ", " + assemblyFullName;

    private static XElement PluginType(Guid assemblyId, string typeName, string assemblyFullName) =>
        new(
            N.PluginType,
            new XAttribute("AssemblyQualifiedName", QualifiedName(typeName, assemblyFullName)),
            new XAttribute("PluginTypeId", PluginTypeIds.Of(assemblyId, typeName).ToString()),
            new XAttribute("Name", typeName),
            new XElement("FriendlyName", typeName));

    private static string IsolationMode(string mode) =>
        RegistrationCodes.IsolationMode(mode)?.ToString(CultureInfo.InvariantCulture)
        ?? throw new PackSourceException($"PluginRegistration/plugin-steps.json: unknown isolationMode '{mode}' (None or Sandbox).");

    private static string SourceType(string source) =>
        RegistrationCodes.SourceType(source)?.ToString(CultureInfo.InvariantCulture)
        ?? throw new PackSourceException($"PluginRegistration/plugin-steps.json: unknown sourceType '{source}' (Database; Dataverse online stores assemblies in the database).");
}
