using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>A row of the query's table with the rows its link entities joined, by alias (null: outer join, no match).</summary>
internal sealed record JoinedRow(Entity Main, IReadOnlyDictionary<string, Entity?> Links)
{
    // No links yet: one shared empty map (With copies it before adding one).
    private static readonly IReadOnlyDictionary<string, Entity?> NoLinks = new Dictionary<string, Entity?>(StringComparer.Ordinal);

    public static JoinedRow Of(Entity main) => new(main, NoLinks);

    public JoinedRow With(string alias, Entity? linked) =>
        this with { Links = new Dictionary<string, Entity?>(Links, StringComparer.Ordinal) { [alias] = linked } };
}
