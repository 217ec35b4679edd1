using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>
/// How PluginRegistration/plugin-steps.json is read (camelCase names, enums by name, comments allowed, an unknown member
/// an error), generated at compile time so that the natively compiled dmc reads it without reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = false,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PluginRegistrationManifest))]
internal sealed partial class PluginRegistrationJsonContext : JsonSerializerContext;
