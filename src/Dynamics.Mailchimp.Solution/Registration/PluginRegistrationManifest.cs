using System.Text.Json;

namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>
/// Every plug-in step the connector registers, read from PluginRegistration/plugin-steps.json:
/// the single source of truth for the test pipeline, the sandbox and the solution packer.
/// </summary>
/// <param name="Assembly">The plug-in assembly.</param>
/// <param name="Steps">The steps.</param>
public sealed record PluginRegistrationManifest(PluginAssemblyRegistration Assembly, IReadOnlyList<PluginStepRegistration> Steps)
{
    private const string ResourceName = "PluginRegistration.plugin-steps.json";

    /// <summary>The declarations built into this assembly from PluginRegistration/plugin-steps.json.</summary>
    public static PluginRegistrationManifest Load()
    {
        using var stream = typeof(PluginRegistrationManifest).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing; rebuild Dynamics.Mailchimp.Solution.");
        return Parse(stream, "PluginRegistration/plugin-steps.json");
    }

    /// <summary>Reads declarations from <paramref name="stream"/>; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The JSON is malformed or breaks a registration rule.</exception>
    public static PluginRegistrationManifest Parse(Stream stream, string source)
    {
        PluginRegistrationManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(stream, PluginRegistrationJsonContext.Default.PluginRegistrationManifest);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: {ex.Message}", ex);
        }

        if (manifest is null)
        {
            throw new InvalidDataException($"{source}: empty document.");
        }

        var problems = PluginRegistrationRules.Check(manifest);
        return problems.Count == 0
            ? manifest
            : throw new InvalidDataException($"{source}: {string.Join(" ", problems)}");
    }
}
