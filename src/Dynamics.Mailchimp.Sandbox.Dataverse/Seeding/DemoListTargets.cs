namespace Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

/// <summary>Where the demo's synced lists point in Mailchimp.</summary>
/// <param name="AudienceId">The audience every synced list maps to.</param>
/// <param name="TagName">The tag the leads' list maps to.</param>
/// <param name="InterestId">The interest the product-updates list maps to (created in Mailchimp first).</param>
public sealed record DemoListTargets(string AudienceId, string TagName, string InterestId);
