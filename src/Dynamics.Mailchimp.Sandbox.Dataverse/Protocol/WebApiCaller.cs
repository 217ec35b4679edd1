using Dynamics.Mailchimp.Sandbox.Dataverse.Security;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>The authenticated user behind a request.</summary>
/// <param name="UserId">The systemuser id the organization sees as the caller.</param>
/// <param name="Privileges">What the user's security roles grant (the admin holds everything).</param>
internal sealed record WebApiCaller(Guid UserId, CallerPrivileges Privileges)
{
    /// <summary>Whether the user holds <paramref name="privilege"/> at any depth.</summary>
    public bool Has(string privilege) => Privileges.Has(privilege);
}
