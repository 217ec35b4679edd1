namespace Dynamics.Mailchimp.Solution.Registration;

/// <summary>
/// The option values and names Dataverse stores for a registration, shared by the packer (customizations.xml) and
/// <c>dmc register</c> (the Web API). Source: Microsoft's pluginassembly table reference (isolationmode 1 None, 2 Sandbox;
/// sourcetype 0 Database) and the Plug-in Registration Tool's image message property (Create's image is keyed on the new
/// record's <c>Id</c>, every other message's on <c>Target</c>).
/// </summary>
public static class RegistrationCodes
{
    /// <summary>The <c>isolationmode</c> value of <paramref name="mode"/>, or null when it is not one we register.</summary>
    /// <param name="mode">The declared mode: <c>None</c> or <c>Sandbox</c>.</param>
    /// <returns>1, 2 or null.</returns>
    public static int? IsolationMode(string mode) => mode switch
    {
        "None" => 1,
        "Sandbox" => 2,
        _ => null,
    };

    /// <summary>The <c>sourcetype</c> value of <paramref name="source"/>, or null when it is not one we register.</summary>
    /// <param name="source">The declared source: <c>Database</c> (Dataverse online stores assemblies in the database).</param>
    /// <returns>0 or null.</returns>
    public static int? SourceType(string source) => source == "Database" ? 0 : null;

    /// <summary>The message property an image is taken from: <c>Id</c> for Create, <c>Target</c> otherwise.</summary>
    /// <param name="message">The step's message.</param>
    /// <returns>The property name.</returns>
    public static string MessagePropertyName(string message) => message == "Create" ? "Id" : "Target";
}
