using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>
/// What Read could still learn about a deleted list: its mapping and its members before the delete. Without it a
/// ListDeleted row removes nobody (Dataverse deletes the memberships with the list).
/// </summary>
/// <param name="Mapping">The list's connector columns before the delete.</param>
/// <param name="FormerMembers">Its members before the delete.</param>
public sealed record DeletedList(ListMapping Mapping, IReadOnlyList<RecordRef> FormerMembers);
