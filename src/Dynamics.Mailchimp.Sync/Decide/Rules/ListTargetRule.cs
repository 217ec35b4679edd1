using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>Rule: what joining and leaving lists means inside the audience: tags by name, interests by id.</summary>
public static class ListTargetRule
{
    /// <summary>The tag names of the tag-mapped lists among <paramref name="lists"/>, distinct ignoring case.</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>The tags.</returns>
    public static IReadOnlyList<string> Tags(IEnumerable<ListMapping> lists) => Names(lists, ListTargetKind.Tag);

    /// <summary>The interests to set: joined interests true, left interests false (joined wins).</summary>
    /// <param name="joined">The lists joined.</param>
    /// <param name="left">The lists left.</param>
    /// <returns>The interests by id.</returns>
    public static IReadOnlyDictionary<string, bool> Interests(IEnumerable<ListMapping> joined, IEnumerable<ListMapping> left)
    {
        var interests = Names(left, ListTargetKind.Interest).ToDictionary(id => id, _ => false, StringComparer.Ordinal);
        foreach (var id in Names(joined, ListTargetKind.Interest))
        {
            interests[id] = true;
        }

        return interests;
    }

    /// <summary>
    /// The lists left whose tag or interest no kept list carries too: a holder still in another syncing list mapped to
    /// the same tag (names ignoring case) or interest keeps it.
    /// </summary>
    /// <param name="left">The lists left.</param>
    /// <param name="kept">The syncing lists the holders are still in.</param>
    /// <returns>The lists left whose target goes.</returns>
    public static IReadOnlyList<ListMapping> NotKept(IReadOnlyList<ListMapping> left, IEnumerable<ListMapping> kept)
    {
        var keptList = kept.ToArray();
        var tags = Tags(keptList).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var interests = Names(keptList, ListTargetKind.Interest).ToHashSet(StringComparer.Ordinal);
        return left.Where(list => list.Target switch
        {
            { Kind: ListTargetKind.Tag, Name: { } tag } => !tags.Contains(tag.Trim()),
            { Kind: ListTargetKind.Interest, Name: { } id } => !interests.Contains(id.Trim()),
            _ => true,
        }).ToArray();
    }

    private static string[] Names(IEnumerable<ListMapping> lists, ListTargetKind kind) => lists
        .Where(list => list.Target?.Kind == kind && !string.IsNullOrWhiteSpace(list.Target.Name))
        .Select(list => list.Target!.Name!.Trim())
        .Distinct(kind == ListTargetKind.Tag ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal)
        .ToArray();
}
