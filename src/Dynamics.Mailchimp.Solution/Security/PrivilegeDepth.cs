namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>
/// How far a role privilege reaches, as a solution's role XML writes it (<c>PrivilegeLevelType</c> of
/// CustomizationsSolution.xsd): Basic (user: the records the user owns), Local (business unit), Deep (parent: child business
/// units) and Global (organization). See https://learn.microsoft.com/power-platform/admin/security-roles-privileges.
/// </summary>
public enum PrivilegeDepth
{
    /// <summary>The user's own records (the role editor's "User").</summary>
    Basic,

    /// <summary>The records of the user's business unit ("Business Unit").</summary>
    Local,

    /// <summary>The records of the user's business unit and its child units ("Parent: Child Business Units").</summary>
    Deep,

    /// <summary>Every record of the organization ("Organization").</summary>
    Global,
}
