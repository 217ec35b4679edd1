namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>The filters and sort of <c>GET /lists/{list_id}/members</c>.</summary>
/// <remarks>
/// Without <c>status</c> every status is listed, <c>archived</c> included: the listing's documented status enum (filter
/// and response) has <c>archived</c>, and one archived member broke clients that read the members collection without a
/// filter (brandonseydel/MailChimp.Net#417, 2019). Only <c>GET …/segments/{id}/members</c> leaves statuses out by default.
/// </remarks>
internal sealed record MemberQuery
{
    public string? Status { get; init; }

    /// <summary>Gets the inclusive lower bound on <c>last_changed</c> (inclusive is this emulator's choice; Mailchimp does not say).</summary>
    public DateTimeOffset? SinceLastChanged { get; init; }

    /// <summary>Gets the exclusive upper bound on <c>last_changed</c>.</summary>
    public DateTimeOffset? BeforeLastChanged { get; init; }

    /// <summary>Gets the sort field (<c>last_changed</c>, <c>timestamp_opt</c>, <c>timestamp_signup</c>) or <see langword="null"/> for insertion order.</summary>
    public string? SortField { get; init; }

    public bool Descending { get; init; }

    /// <summary>Gets the interest filter, or <see langword="null"/>.</summary>
    public InterestFilter? Interests { get; init; }

    public IEnumerable<MemberRecord> Apply(IEnumerable<MemberRecord> members)
    {
        var filtered = members
            .Where(m => Status is null || m.Status == Status)
            .Where(m => SinceLastChanged is null || m.LastChanged >= SinceLastChanged)
            .Where(m => BeforeLastChanged is null || m.LastChanged < BeforeLastChanged)
            .Where(m => Interests is null || Interests.Matches(m));
        Func<MemberRecord, DateTimeOffset> key = SortField switch
        {
            "last_changed" => m => m.LastChanged,
            "timestamp_opt" => m => m.TimestampOpt ?? DateTimeOffset.MinValue,
            "timestamp_signup" => m => m.TimestampSignup ?? DateTimeOffset.MinValue,
            _ => m => DateTimeOffset.MinValue,
        };
        var ordered = Descending
            ? filtered.OrderByDescending(key).ThenByDescending(m => m.Sequence)
            : filtered.OrderBy(key).ThenBy(m => m.Sequence);
        return ordered;
    }
}
