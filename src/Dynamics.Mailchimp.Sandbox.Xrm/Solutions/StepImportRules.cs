using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Dynamics.Mailchimp.Solution.Package;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Solutions;

/// <summary>
/// What a zip's step must satisfy for the sandbox to import it: a plug-in type of the zip's own assembly, listed in its
/// <c>PluginTypes</c> and defined as an <see cref="IPlugin"/> by the plug-in build the sandbox runs; a table the
/// organization has; and, when it carries an <c>SdkMessageId</c>, a message the sandbox knows (a Dataverse import fails
/// on a wrong message id: /work/shared/reference/dataverse.md §7).
/// </summary>
internal static class StepImportRules
{
    /// <summary>Throws when <paramref name="step"/> breaks a rule; the message names the step.</summary>
    /// <exception cref="SolutionImportException">The step cannot be imported.</exception>
    public static void Check(PackagedStep step, SolutionPackage package, SchemaCatalog schema, string zip)
    {
        var plugin = step.Registration.Plugin;
        var comma = step.PluginTypeName.IndexOf(',', StringComparison.Ordinal);
        var declaringAssembly = comma < 0 ? string.Empty : step.PluginTypeName[(comma + 1)..].Trim();
        if (declaringAssembly != package.AssemblyFullName)
        {
            throw new SolutionImportException(zip, step.Label, $"names the plug-in type '{step.PluginTypeName}', which is not of the zip's assembly '{package.AssemblyFullName}'");
        }

        if (!package.PluginTypes.Contains(plugin, StringComparer.Ordinal))
        {
            throw new SolutionImportException(zip, step.Label, $"names the plug-in type '{plugin}', which the assembly's PluginTypes do not list");
        }

        if (PluginPipeline.PluginAssembly.GetType(plugin, throwOnError: false) is not { } type || !typeof(IPlugin).IsAssignableFrom(type))
        {
            throw new SolutionImportException(zip, step.Label, $"names the plug-in type '{plugin}', which the sandbox's build of {PluginPipeline.PluginAssembly.GetName().Name} does not define as an IPlugin");
        }

        if (!schema.Tables.ContainsKey(step.Registration.Entity))
        {
            throw new SolutionImportException(zip, step.Label, $"is on the table '{step.Registration.Entity}', which neither the zip nor the sandbox's system tables define");
        }

        if (step.SdkMessageId is { } id && step.Registration.Message.Length == 0)
        {
            throw new SolutionImportException(zip, step.Label, $"names the SdkMessageId {id}, which is not a message the sandbox knows (SdkMessageIds); a Dataverse import fails on a wrong message id");
        }
    }
}
