namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Tags;

/// <summary>A static segment, which is also how Mailchimp stores a tag; mutated only under the store's lock.</summary>
internal sealed class SegmentRecord
{
    public required long Id { get; init; }

    public required string Name { get; set; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Gets the members by <c>contact_id</c> (stable across email changes), with the time each was added.</summary>
    public Dictionary<string, DateTimeOffset> Members { get; } = new(StringComparer.Ordinal);
}
