namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State;

/// <summary>One audience (list) and everything inside it; mutated only under the store's lock.</summary>
internal sealed class AudienceState
{
    public required string Id { get; init; }

    public required long WebId { get; init; }

    public required string Name { get; init; }

    public required DateTimeOffset DateCreated { get; init; }

    public List<MergeFieldRecord> MergeFields { get; } = [];

    public List<InterestCategoryRecord> InterestCategories { get; } = [];

    public List<InterestRecord> Interests { get; } = [];

    /// <summary>Gets the members by subscriber hash.</summary>
    public Dictionary<string, MemberRecord> Members { get; } = new(StringComparer.Ordinal);

    public List<SegmentRecord> Segments { get; } = [];

    /// <summary>Gets the subscriber hashes of permanently deleted members.</summary>
    public HashSet<string> Forgotten { get; } = new(StringComparer.Ordinal);

    public MemberRecord? FindByUniqueId(string uniqueEmailId) =>
        Members.Values.FirstOrDefault(m => m.UniqueEmailId == uniqueEmailId);
}
