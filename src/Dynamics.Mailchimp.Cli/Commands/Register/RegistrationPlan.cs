using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Solution.Registration;
using N = Dynamics.Mailchimp.Cli.Commands.Register.RegistrationNames;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>
/// The rows PluginRegistration/ declares, as the Web API stores them: the assembly, one type per plug-in class, the steps
/// and their images, each under its stable id, parents first. Pure: the organization's message ids are passed in.
/// Columns follow Microsoft's pluginassembly, plugintype, sdkmessageprocessingstep and sdkmessageprocessingstepimage
/// table references (stage 10/20/40, mode 0/1, supporteddeployment 0 Server only, imagetype 0 Pre / 1 Post).
/// </summary>
public static class RegistrationPlan
{
    private const int ServerOnly = 0;

    /// <summary>The rows to register.</summary>
    /// <param name="manifest">PluginRegistration/plugin-steps.json.</param>
    /// <param name="assembly">The built plug-in assembly.</param>
    /// <param name="ids">The organization's message and filter ids.</param>
    /// <returns>Assembly, types, steps, images, in that order.</returns>
    /// <exception cref="RegisterSourceException">The manifest declares an isolation mode or source type Dataverse does not take.</exception>
    public static IReadOnlyList<RegistrationRow> Build(PluginRegistrationManifest manifest, PluginAssemblyFile assembly, SdkMessageIdsFound ids)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(ids);
        var assemblyId = manifest.Assembly.Id;
        var rows = new List<RegistrationRow> { Assembly(manifest.Assembly, assembly) };
        rows.AddRange(manifest.Steps.Select(s => s.Plugin).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(t => Type(assemblyId, t)));
        rows.AddRange(manifest.Steps.Select(s => Step(assemblyId, s, ids)));
        rows.AddRange(manifest.Steps.SelectMany(s => s.Images.Select(i => Image(s, i))));
        return rows;
    }

    /// <summary>The (message, table) pairs the steps are registered on.</summary>
    /// <param name="manifest">The declarations.</param>
    /// <returns>The distinct pairs.</returns>
    public static IReadOnlyCollection<(string Message, string Table)> MessagePairs(PluginRegistrationManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return manifest.Steps.Select(s => (s.Message, s.Entity)).Distinct().ToArray();
    }

    private static RegistrationRow Assembly(PluginAssemblyRegistration declared, PluginAssemblyFile file)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            [N.Name] = file.Name,
            ["content"] = file.Content,
            ["isolationmode"] = RegistrationCodes.IsolationMode(declared.IsolationMode)
                ?? throw new RegisterSourceException($"PluginRegistration/plugin-steps.json: unknown isolationMode '{declared.IsolationMode}' (None or Sandbox)."),
            ["sourcetype"] = RegistrationCodes.SourceType(declared.SourceType)
                ?? throw new RegisterSourceException($"PluginRegistration/plugin-steps.json: unknown sourceType '{declared.SourceType}' (Database)."),
            ["version"] = file.Version,
            ["culture"] = file.Culture,
            ["publickeytoken"] = file.PublicKeyToken,
        };
        return new RegistrationRow(N.Assemblies, declared.Id, file.FullName, values, []);
    }

    private static RegistrationRow Type(Guid assemblyId, string typeName)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            [N.Name] = typeName,
            ["typename"] = typeName,
            ["friendlyname"] = typeName,
        };
        return new RegistrationRow(N.Types, PluginTypeIds.Of(assemblyId, typeName), typeName, values, [new(N.AssemblyId, N.AssemblyId, N.Assemblies, assemblyId)]);
    }

    private static RegistrationRow Step(Guid assemblyId, PluginStepRegistration step, SdkMessageIdsFound ids)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            [N.Name] = step.Name,
            [N.Description] = step.Description,
            ["configuration"] = step.UnsecureConfiguration,
            ["filteringattributes"] = step.FilteringAttributes.Count == 0 ? null : string.Join(',', step.FilteringAttributes),
            ["stage"] = (int)step.Stage,
            ["mode"] = (int)step.Mode,
            ["rank"] = step.Rank,
            ["supporteddeployment"] = ServerOnly,
            ["asyncautodelete"] = false,
        };
        RegistrationLookup[] lookups =
        [
            new(N.EventHandler, N.EventHandlerPluginType, N.Types, PluginTypeIds.Of(assemblyId, step.Plugin)),
            new(N.MessageId, N.MessageId, N.Messages, ids.Messages[step.Message]),
            new(N.FilterId, N.FilterId, N.Filters, ids.Filters[(step.Message, step.Entity)]),
        ];
        return new RegistrationRow(N.Steps, step.Id, step.Name, values, lookups);
    }

    private static RegistrationRow Image(PluginStepRegistration step, PluginImageRegistration image)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            [N.Name] = image.Alias,
            ["entityalias"] = image.Alias,
            ["imagetype"] = (int)image.Type,
            ["messagepropertyname"] = RegistrationCodes.MessagePropertyName(step.Message),
            ["attributes"] = string.Join(',', image.Attributes),
        };
        return new RegistrationRow(N.Images, image.Id, step.Name + " / " + image.Alias, values, [new(N.StepId, N.StepId, N.Steps, step.Id)]);
    }
}
