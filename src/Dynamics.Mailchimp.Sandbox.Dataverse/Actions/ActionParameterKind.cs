namespace Dynamics.Mailchimp.Sandbox.Dataverse.Actions;

/// <summary>The EDM shape of an action parameter.</summary>
internal enum ActionParameterKind
{
    /// <summary><c>Edm.Guid</c>.</summary>
    Guid,

    /// <summary><c>Edm.Boolean</c>.</summary>
    Boolean,

    /// <summary><c>Edm.String</c>.</summary>
    String,

    /// <summary>One entity, e.g. <c>list EntityType</c>: <c>{"@odata.type":…,"listid":…}</c>.</summary>
    Record,

    /// <summary><c>Collection(crmbaseentity EntityType)</c>: each item needs <c>@odata.type</c>.</summary>
    Records,
}
