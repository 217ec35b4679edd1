namespace Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

/// <summary>What <see cref="SandboxSeed"/> wrote.</summary>
/// <param name="AccountId">The one account.</param>
/// <param name="ContactIds">The contacts, in creation order (the first two are members of the synced list).</param>
/// <param name="LeadIds">The leads.</param>
/// <param name="ListId">The static contact list with sync enabled.</param>
/// <param name="AudienceId">The Mailchimp audience id the list maps to.</param>
public sealed record SeedResult(Guid AccountId, IReadOnlyList<Guid> ContactIds, IReadOnlyList<Guid> LeadIds, Guid ListId, string AudienceId);
