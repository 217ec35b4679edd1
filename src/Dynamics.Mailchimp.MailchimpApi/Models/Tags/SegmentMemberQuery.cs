namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>
/// Options of a segment (tag) member listing (<c>GET /lists/{id}/segments/{segment_id}/members</c>). Without the
/// <c>Include…</c> flags Mailchimp leaves out cleaned, transactional and unsubscribed members; archived members are
/// never listed (the endpoint's status enum has no <c>archived</c>).
/// </summary>
public sealed record SegmentMemberQuery
{
    /// <summary>
    /// Gets the member fields to return, e.g. <c>id</c>, <c>email_address</c>, <c>status</c>, <c>merge_fields</c>;
    /// the client prefixes <c>members.</c> and adds <c>total_items</c>. <see langword="null"/> returns all fields.
    /// </summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Gets the page size (<c>count</c>); <see langword="null"/> uses the client's page size (max 1000).</summary>
    public int? PageSize { get; init; }

    /// <summary>Gets a value indicating whether cleaned members are listed too (<c>include_cleaned</c>).</summary>
    /// <value>Default <see langword="false"/>, as Mailchimp's.</value>
    public bool IncludeCleaned { get; init; }

    /// <summary>Gets a value indicating whether unsubscribed members are listed too (<c>include_unsubscribed</c>).</summary>
    /// <value>Default <see langword="false"/>, as Mailchimp's.</value>
    public bool IncludeUnsubscribed { get; init; }

    /// <summary>Gets a value indicating whether transactional members are listed too (<c>include_transactional</c>).</summary>
    /// <value>Default <see langword="false"/>, as Mailchimp's.</value>
    public bool IncludeTransactional { get; init; }

    /// <summary>Gets a query that lists members of every status a segment can hold (all three flags set).</summary>
    public static SegmentMemberQuery AllStatuses { get; } = new() { IncludeCleaned = true, IncludeUnsubscribed = true, IncludeTransactional = true };
}
