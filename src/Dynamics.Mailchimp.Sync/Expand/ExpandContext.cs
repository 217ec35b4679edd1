using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>What Expand needs besides the rows, all read in bulk before it runs.</summary>
/// <param name="Lists">Every list the rows name, and every syncing list.</param>
/// <param name="Index">The syncing lists each record is in now.</param>
/// <param name="Options">The run's options.</param>
public sealed record ExpandContext(ListMappings Lists, MembershipIndex Index, SyncOptions Options);
