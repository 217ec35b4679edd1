using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Pull.Read;

/// <summary>An audience the pull reads: the syncing lists mapped into it, and its cleaned-address setting.</summary>
/// <param name="AudienceId">The audience (list id).</param>
/// <param name="Lists">The syncing lists mapped into it (whole audience, tag or interest).</param>
/// <param name="StaticListIds">Those of <paramref name="Lists"/> that are static: only their members can be removed.</param>
/// <param name="CleanedBlocksBulkEmail">The audience's <c>dmc_blockbulkemailoncleaned</c>; <see langword="null"/> without a setting row.</param>
public sealed record PullAudience(string AudienceId, IReadOnlyList<ListMapping> Lists, IReadOnlySet<Guid> StaticListIds, bool? CleanedBlocksBulkEmail);
