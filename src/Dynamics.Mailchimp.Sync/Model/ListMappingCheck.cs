using Dynamics.Mailchimp.Plugins.Planning;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>Whether a list's connector columns are complete enough to sync.</summary>
public static class ListMappingCheck
{
    /// <summary>What is missing from <paramref name="mapping"/>, naming the list and the column; null when complete.</summary>
    /// <param name="mapping">The list.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static string? FindProblem(ListMapping mapping)
    {
        if (string.IsNullOrWhiteSpace(mapping.AudienceId))
        {
            return $"{mapping.Describe()} has no Mailchimp audience id (dmc_audienceid)";
        }

        if (MemberProfile.Find(mapping.MemberTable) is null)
        {
            return $"{mapping.Describe()} has member type '{mapping.MemberTable}', which is not {MemberProfile.Describe()}";
        }

        return mapping.Target switch
        {
            null => $"{mapping.Describe()} has no Mailchimp mapping (dmc_mappingtype)",
            { Kind: ListTargetKind.Tag, Name: var tag } when string.IsNullOrWhiteSpace(tag) => $"{mapping.Describe()} maps to a tag but has no tag name (dmc_tagname)",
            { Kind: ListTargetKind.Interest, Name: var id } when string.IsNullOrWhiteSpace(id) => $"{mapping.Describe()} maps to an interest but has no interest id (dmc_interestid)",
            _ => null,
        };
    }
}
