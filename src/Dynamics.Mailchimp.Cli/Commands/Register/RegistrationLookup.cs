namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>A lookup a registration row sets: written as <c>&lt;Navigation&gt;@odata.bind</c>, read back as <c>_&lt;Column&gt;_value</c>.</summary>
/// <param name="Column">The lookup column, e.g. <c>eventhandler</c>.</param>
/// <param name="Navigation">The single-valued navigation property, e.g. <c>eventhandler_plugintype</c>.</param>
/// <param name="TargetSet">The target's entity set, e.g. <c>plugintypes</c>.</param>
/// <param name="Id">The target row's id.</param>
public sealed record RegistrationLookup(string Column, string Navigation, string TargetSet, Guid Id)
{
    /// <summary>The property a read returns the lookup's id in.</summary>
    public string ValueProperty => "_" + Column + "_value";

    /// <summary>The property a write binds it with.</summary>
    public string BindProperty => Navigation + "@odata.bind";

    /// <summary>The bind's value: <c>/&lt;set&gt;(&lt;id&gt;)</c>.</summary>
    public string BindValue => "/" + TargetSet + "(" + Id.ToString("D") + ")";
}
