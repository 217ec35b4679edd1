using System.Globalization;
using System.Reflection;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>The built plug-in assembly as <c>pluginassemblies</c> stores it: identity columns and the Base64 content.</summary>
/// <param name="Name">The assembly's simple name.</param>
/// <param name="Version">Its version, e.g. <c>1.0.0.0</c>.</param>
/// <param name="Culture">Its culture, <c>neutral</c> when none.</param>
/// <param name="PublicKeyToken">Its public key token in lowercase hex, or null when it is not strong-named.</param>
/// <param name="Content">The file's bytes in Base64 (the <c>content</c> column).</param>
public sealed record PluginAssemblyFile(string Name, string Version, string Culture, string? PublicKeyToken, string Content)
{
    /// <summary>Reads the assembly at <paramref name="path"/>.</summary>
    /// <param name="path">The built plug-in DLL.</param>
    /// <returns>Its identity and content.</returns>
    /// <exception cref="RegisterSourceException">The file is missing or is not a .NET assembly; the message names it.</exception>
    public static PluginAssemblyFile Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new RegisterSourceException($"The plug-in assembly {path} does not exist; build src/Dynamics.Mailchimp.Plugins first.");
        }

        AssemblyName name;
        try
        {
            name = AssemblyName.GetAssemblyName(path);
        }
        catch (BadImageFormatException ex)
        {
            throw new RegisterSourceException($"{path} is not a .NET assembly: {ex.Message}", ex);
        }

        var token = name.GetPublicKeyToken();
        return new PluginAssemblyFile(
            name.Name ?? Path.GetFileNameWithoutExtension(path),
            (name.Version ?? new Version(0, 0, 0, 0)).ToString(),
            string.IsNullOrEmpty(name.CultureName) ? "neutral" : name.CultureName,
            token is { Length: > 0 } ? Convert.ToHexStringLower(token) : null,
            Convert.ToBase64String(File.ReadAllBytes(path)));
    }

    /// <summary>The display name Dataverse shows, e.g. <c>Name, Version=1.0.0.0, Culture=neutral, PublicKeyToken=…</c>.</summary>
    public string FullName => string.Create(CultureInfo.InvariantCulture, $"{Name}, Version={Version}, Culture={Culture}, PublicKeyToken={PublicKeyToken ?? "null"}");
}
