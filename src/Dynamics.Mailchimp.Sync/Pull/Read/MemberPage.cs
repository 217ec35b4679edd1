namespace Dynamics.Mailchimp.Sync.Pull.Read;

/// <summary>A page of changed members and the checkpoint that is safe once the page is committed.</summary>
/// <param name="Members">The members, in <c>last_changed</c> order.</param>
/// <param name="Checkpoint">
/// The <c>since_last_changed</c> the next run may start from once every member of this page and of the pages before it
/// is committed; <see langword="null"/> when the read started from nothing and the page moved nothing forward.
/// </param>
public sealed record MemberPage(IReadOnlyList<PulledMember> Members, DateTimeOffset? Checkpoint);
