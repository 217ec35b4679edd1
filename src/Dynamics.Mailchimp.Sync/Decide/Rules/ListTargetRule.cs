using System.Collections.ObjectModel;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>Rule: what joining and leaving lists means inside the audience: tags by name, interests by id.</summary>
/// <remarks>Loops, not LINQ chains: run for every member, and most members have no tag or interest list at all.</remarks>
public static class ListTargetRule
{
    /// <summary>The tag names of the tag-mapped lists among <paramref name="lists"/>, distinct ignoring case.</summary>
    /// <param name="lists">The lists.</param>
    /// <returns>The tags.</returns>
    public static IReadOnlyList<string> Tags(IEnumerable<ListMapping> lists) => Names(lists, ListTargetKind.Tag)?.ToArray() ?? [];

    /// <summary>The interests to set: joined interests true, left interests false (joined wins).</summary>
    /// <param name="joined">The lists joined.</param>
    /// <param name="left">The lists left.</param>
    /// <returns>The interests by id.</returns>
    public static IReadOnlyDictionary<string, bool> Interests(IEnumerable<ListMapping> joined, IEnumerable<ListMapping> left)
    {
        var setFalse = Names(left, ListTargetKind.Interest);
        var setTrue = Names(joined, ListTargetKind.Interest);
        if (setFalse is null && setTrue is null)
        {
            // Most members: one shared empty map rather than one each, kept with every plan.
            return ReadOnlyDictionary<string, bool>.Empty;
        }

        var interests = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var id in setFalse?.Items ?? [])
        {
            interests[id] = false;
        }

        foreach (var id in setTrue?.Items ?? [])
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
        if (left.Count == 0)
        {
            return [];
        }

        var keptList = kept as IReadOnlyCollection<ListMapping> ?? kept.ToArray();
        var tags = Names(keptList, ListTargetKind.Tag);
        var interests = Names(keptList, ListTargetKind.Interest);
        var notKept = new List<ListMapping>(left.Count);
        foreach (var list in left)
        {
            var goes = list.Target switch
            {
                { Kind: ListTargetKind.Tag, Name: { } tag } => tags?.ContainsKey(tag.Trim()) != true,
                { Kind: ListTargetKind.Interest, Name: { } id } => interests?.ContainsKey(id.Trim()) != true,
                _ => true,
            };
            if (goes)
            {
                notKept.Add(list);
            }
        }

        return notKept.ToArray();
    }

    // The trimmed, non-blank names of the lists mapped to kind: tags distinct ignoring case, interests exactly; null when none.
    private static DistinctList<string, string>? Names(IEnumerable<ListMapping> lists, ListTargetKind kind)
    {
        DistinctList<string, string>? names = null;
        foreach (var list in lists)
        {
            if (list.Target is { Name: { } name } target && target.Kind == kind && !string.IsNullOrWhiteSpace(name))
            {
                names ??= new DistinctList<string, string>(static name => name, kind == ListTargetKind.Tag ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
                names.Add(name.Trim());
            }
        }

        return names;
    }
}
