namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>The authenticated user behind a request.</summary>
/// <param name="UserId">The systemuser id the organization sees as the caller.</param>
/// <param name="CanBypassCustomPlugins">Whether the user holds prvBypassCustomPlugins (the admin does).</param>
internal sealed record WebApiCaller(Guid UserId, bool CanBypassCustomPlugins);
