namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>
/// Element and attribute names of customizations.xml written by the packer and read by it and the sandbox's import, as CustomizationsSolution.xsd
/// (Dataverse 9.0.0.2090, ../shared/schemas) declares them.
/// </summary>
public static class CustomizationNames
{
    /// <summary>The root element of customizations.xml and solution.xml.</summary>
    public const string Root = "ImportExportXml";

    /// <summary>The tables.</summary>
    public const string Entities = "Entities";

    /// <summary>One table (an Entity.xml root).</summary>
    public const string Entity = "Entity";

    /// <summary>solution.xml's manifest element.</summary>
    public const string SolutionManifest = "SolutionManifest";

    /// <summary>The plug-in assemblies.</summary>
    public const string Assemblies = "SolutionPluginAssemblies";

    /// <summary>One plug-in assembly.</summary>
    public const string Assembly = "PluginAssembly";

    /// <summary>The plug-in types of an assembly.</summary>
    public const string PluginTypes = "PluginTypes";

    /// <summary>One plug-in type.</summary>
    public const string PluginType = "PluginType";

    /// <summary>The steps.</summary>
    public const string Steps = "SdkMessageProcessingSteps";

    /// <summary>One step.</summary>
    public const string Step = "SdkMessageProcessingStep";

    /// <summary>The step's id attribute.</summary>
    public const string StepId = "SdkMessageProcessingStepId";

    /// <summary>The images of a step.</summary>
    public const string Images = "SdkMessageProcessingStepImages";

    /// <summary>One image.</summary>
    public const string Image = "SdkMessageProcessingStepImage";

    /// <summary>The image's id element.</summary>
    public const string ImageId = "SdkMessageProcessingStepImageId";

    /// <summary>The languages the customizations carry.</summary>
    public const string Languages = "Languages";

    /// <summary>One language code.</summary>
    public const string Language = "Language";
}
