namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>The authenticated user behind a request.</summary>
/// <param name="UserId">The systemuser id the organization sees as the caller.</param>
/// <param name="Privileges">The privileges of <see cref="Security.Privileges"/> the user holds (the admin holds them all).</param>
internal sealed record WebApiCaller(Guid UserId, IReadOnlySet<string> Privileges)
{
    /// <summary>Whether the user holds <paramref name="privilege"/>.</summary>
    public bool Has(string privilege) => Privileges.Contains(privilege);
}
