namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>Filters of a member listing (<c>GET /lists/{id}/members</c>).</summary>
public sealed record MemberQuery
{
    /// <summary>Gets the lower bound of <c>last_changed</c> (delta reads).</summary>
    public DateTimeOffset? SinceLastChanged { get; init; }

    /// <summary>Gets the status filter.</summary>
    public MemberStatus? Status { get; init; }

    /// <summary>
    /// Gets the member fields to return, e.g. <c>email_address</c>, <c>status</c>, <c>last_changed</c>;
    /// the client prefixes <c>members.</c> and adds <c>total_items</c>. <see langword="null"/> returns all fields.
    /// </summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Gets the page size (<c>count</c>); <see langword="null"/> uses the client's page size (max 1000).</summary>
    public int? PageSize { get; init; }

    /// <summary>Gets a value indicating whether to sort by <c>last_changed</c> ascending, which keeps offset paging stable for deltas.</summary>
    /// <value>Default <see langword="true"/>.</value>
    public bool SortByLastChanged { get; init; } = true;

    /// <summary>
    /// Gets the interest category whose interests filter the listing (<c>interest_category_id</c>). Mailchimp documents
    /// the three interest filters as going together, so set all of them or none.
    /// </summary>
    public string? InterestCategoryId { get; init; }

    /// <summary>Gets the interests of <see cref="InterestCategoryId"/> to match (<c>interest_ids</c>, sent comma-separated).</summary>
    public IReadOnlyList<string>? InterestIds { get; init; }

    /// <summary>Gets how <see cref="InterestIds"/> are matched (<c>interest_match</c>).</summary>
    public InterestMatch? InterestMatch { get; init; }
}
