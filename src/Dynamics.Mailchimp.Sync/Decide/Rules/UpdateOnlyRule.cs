using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: a list in update-only mode never creates members. A member is update-only when every syncing list of the
/// audience that holds it is update-only; one list that may create is enough to create it.
/// </summary>
public static class UpdateOnlyRule
{
    /// <summary>Whether the member must already exist in Mailchimp.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <param name="holders">The records holding the address.</param>
    /// <param name="context">The lists, index and options.</param>
    /// <returns>True when only update-only lists hold the member (or none does).</returns>
    public static bool IsUpdateOnly(string audienceId, IReadOnlyList<MemberSnapshot> holders, DecisionContext context)
    {
        for (var i = 0; i < holders.Count; i++)
        {
            foreach (var list in context.ListsOf(holders[i].Record, audienceId))
            {
                if (!list.UpdateOnly)
                {
                    return false;
                }
            }
        }

        return true;
    }
}
