namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>The audience itself, a tag by name, or an interest by id.</summary>
/// <param name="Kind">Audience, tag or interest.</param>
/// <param name="Name">The tag name or the interest id; <see langword="null"/> for the audience.</param>
public sealed record ListTarget(ListTargetKind Kind, string? Name)
{
    /// <summary>The whole audience.</summary>
    public static ListTarget Audience { get; } = new(ListTargetKind.Audience, null);

    /// <summary>A tag.</summary>
    /// <param name="tagName">The tag name (<c>dmc_tagname</c>).</param>
    /// <returns>The target.</returns>
    public static ListTarget Tag(string? tagName) => new(ListTargetKind.Tag, tagName);

    /// <summary>An interest.</summary>
    /// <param name="interestId">The interest id (<c>dmc_interestid</c>).</param>
    /// <returns>The target.</returns>
    public static ListTarget Interest(string? interestId) => new(ListTargetKind.Interest, interestId);

    /// <summary>"the audience", "tag 'VIP'", "interest 'abc123'".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Kind switch
    {
        ListTargetKind.Tag => $"tag '{Name}'",
        ListTargetKind.Interest => $"interest '{Name}'",
        _ => "the audience",
    };
}
