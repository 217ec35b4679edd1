namespace Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;

/// <summary>What <see cref="DemoSeed"/> wrote: the people in creation order and the four (empty) lists.</summary>
/// <param name="ContactIds">The contacts.</param>
/// <param name="LeadIds">The leads.</param>
/// <param name="AudienceListId">Contacts, synced to the whole audience.</param>
/// <param name="InterestListId">Contacts, synced to an interest.</param>
/// <param name="TagListId">Leads, synced to a tag.</param>
/// <param name="UnsyncedListId">Contacts, not synced.</param>
public sealed record DemoSeedResult(
    IReadOnlyList<Guid> ContactIds,
    IReadOnlyList<Guid> LeadIds,
    Guid AudienceListId,
    Guid InterestListId,
    Guid TagListId,
    Guid UnsyncedListId);
