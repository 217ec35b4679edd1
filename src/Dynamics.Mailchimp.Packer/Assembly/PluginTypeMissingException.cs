namespace Dynamics.Mailchimp.Packer.Assembly;

/// <summary>A step names a plug-in type the assembly does not define.</summary>
public sealed class PluginTypeMissingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="typeName">The missing type.</param>
    /// <param name="assemblyPath">The assembly searched.</param>
    public PluginTypeMissingException(string typeName, string assemblyPath)
        : base($"PluginRegistration/plugin-steps.json names the plug-in type {typeName}, which {assemblyPath} does not define; rebuild the plug-ins or fix the step.")
    {
        TypeName = typeName;
    }

    /// <summary>The missing type.</summary>
    public string TypeName { get; }
}
