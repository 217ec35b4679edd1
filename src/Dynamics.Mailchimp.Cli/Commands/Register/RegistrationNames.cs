namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>
/// Entity sets and columns of the plug-in registration tables, written once. Source: Microsoft's PluginAssembly, PluginType,
/// SdkMessage, SdkMessageFilter, SdkMessageProcessingStep and SdkMessageProcessingStepImage table references
/// (learn.microsoft.com/power-apps/developer/data-platform/reference/entities/…), and the Web API navigation properties
/// public registration scripts send (<c>eventhandler_plugintype@odata.bind</c>, <c>sdkmessageid@odata.bind</c>,
/// <c>sdkmessagefilterid@odata.bind</c>).
/// </summary>
public static class RegistrationNames
{
    /// <summary>The plug-in assembly entity set.</summary>
    public const string Assemblies = "pluginassemblies";

    /// <summary>The plug-in type entity set.</summary>
    public const string Types = "plugintypes";

    /// <summary>The step entity set.</summary>
    public const string Steps = "sdkmessageprocessingsteps";

    /// <summary>The step image entity set.</summary>
    public const string Images = "sdkmessageprocessingstepimages";

    /// <summary>The message entity set.</summary>
    public const string Messages = "sdkmessages";

    /// <summary>The message filter entity set.</summary>
    public const string Filters = "sdkmessagefilters";

    /// <summary>Name column (every table).</summary>
    public const string Name = "name";

    /// <summary>Description column.</summary>
    public const string Description = "description";

    /// <summary>The message id column of <c>sdkmessages</c>, and the step's and the filter's lookup to it.</summary>
    public const string MessageId = "sdkmessageid";

    /// <summary>The filter id column, and the step's lookup to it.</summary>
    public const string FilterId = "sdkmessagefilterid";

    /// <summary>The filter's table column (an EntityName: the logical name).</summary>
    public const string FilterTable = "primaryobjecttypecode";

    /// <summary>The step's polymorphic lookup to its plug-in type.</summary>
    public const string EventHandler = "eventhandler";

    /// <summary>The navigation property binding <see cref="EventHandler"/> to a plug-in type.</summary>
    public const string EventHandlerPluginType = "eventhandler_plugintype";

    /// <summary>The type's lookup to its assembly.</summary>
    public const string AssemblyId = "pluginassemblyid";

    /// <summary>The image's lookup to its step.</summary>
    public const string StepId = "sdkmessageprocessingstepid";
}
