namespace Dynamics.Mailchimp.Dataverse.Queries;

/// <summary>Response of <c>GET WhoAmI</c>: who the client is connected as.</summary>
/// <param name="UserId">The calling (application) user's systemuserid.</param>
/// <param name="BusinessUnitId">The user's business unit.</param>
/// <param name="OrganizationId">The organization (environment) id.</param>
public sealed record WhoAmIResult(Guid UserId, Guid BusinessUnitId, Guid OrganizationId);
