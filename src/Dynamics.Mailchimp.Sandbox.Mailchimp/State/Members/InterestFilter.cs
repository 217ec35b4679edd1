using Dynamics.Mailchimp.Sandbox.Mailchimp.Errors;
using Dynamics.Mailchimp.Sandbox.Mailchimp.State.Definitions;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>
/// The interest filter of <c>GET /lists/{list_id}/members</c>: <c>interest_category_id</c>, <c>interest_ids</c>
/// (comma-separated) and <c>interest_match</c> (<c>any</c>, <c>all</c>, <c>none</c>).
/// </summary>
/// <remarks>
/// https://mailchimp.com/developer/marketing/api/list-members/list-members-info/ says <c>interest_ids</c> and
/// <c>interest_match</c> must each be accompanied by the other two. What Mailchimp answers when one is missing is not
/// recorded anywhere we found, so the sandbox is strict: any of the three without the others is 400 Invalid Resource,
/// worded like the recorded "Status is required when using since_last_campaign filter." (brandonseydel/MailChimp.Net#589).
/// An unknown category is 400 on <c>interest_category_id</c>, and an interest that is not in the category is 400
/// "Invalid interest ID: '…'." as for writes (drewm/mailchimp-api#294); both are the sandbox's choice.
/// </remarks>
internal sealed record InterestFilter(string CategoryId, IReadOnlyList<string> InterestIds, string Match)
{
    public const string CategoryName = "interest_category_id";
    public const string IdsName = "interest_ids";
    public const string MatchName = "interest_match";

    private static readonly string[] MatchValues = ["any", "all", "none"];

    /// <summary>Reads the three parameters; <see langword="null"/> when none is given.</summary>
    public static InterestFilter? From(string? categoryId, string? interestIds, string? match)
    {
        if (categoryId is null && interestIds is null && match is null)
        {
            return null;
        }

        var given = categoryId is not null ? CategoryName : interestIds is not null ? IdsName : MatchName;
        var missing = categoryId is null ? CategoryName : interestIds is null ? IdsName : match is null ? MatchName : null;
        if (missing is not null)
        {
            throw new InvalidResourceException($"{missing} is required when using the {given} filter.", missing, "This value is required.");
        }

        if (!MatchValues.Contains(match, StringComparer.Ordinal))
        {
            throw new InvalidResourceException($"The interest_match parameter '{match}' must be one of: any, all, none.", MatchName, "Invalid value.");
        }

        var ids = interestIds!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return ids.Length == 0
            ? throw new InvalidResourceException("The interest_ids parameter must list at least one interest id.", IdsName, "This value is required.")
            : new InterestFilter(categoryId!, ids, match!);
    }

    /// <summary>Checks the category and interests against the audience's definitions.</summary>
    public void Validate(DefinitionSet definitions)
    {
        if (!definitions.InterestCategories.Any(c => c.Id == CategoryId))
        {
            throw new InvalidResourceException($"The interest category '{CategoryId}' does not exist on this list.", CategoryName, "Invalid value.");
        }

        foreach (var id in InterestIds.Where(id => !definitions.Interests.Any(i => i.Id == id && i.CategoryId == CategoryId)))
        {
            throw new InvalidInterestException(id);
        }
    }

    public bool Matches(MemberRecord member)
    {
        bool Has(string interestId) => member.Interests.GetValueOrDefault(interestId);
        return Match switch
        {
            "any" => InterestIds.Any(Has),
            "all" => InterestIds.All(Has),
            _ => !InterestIds.Any(Has),
        };
    }
}
