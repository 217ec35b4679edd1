namespace Dynamics.Mailchimp.Packer.Assembly;

/// <summary>The SDK assemblies a plug-in assembly can be built against.</summary>
public static class SdkAssemblyNames
{
    /// <summary>Microsoft's SDK (Microsoft.CrmSdk.CoreAssemblies), the only one Dataverse loads a plug-in against.</summary>
    public const string Official = "Microsoft.Xrm.Sdk";

    /// <summary>Our source-compatible facade (src/Xrm.Sdk.Facade), for tests and the sandbox only.</summary>
    public const string Facade = "Dynamics.Mailchimp.Xrm.Sdk.Facade";
}
