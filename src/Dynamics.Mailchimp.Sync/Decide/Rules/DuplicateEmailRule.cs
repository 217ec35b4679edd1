using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: two records with one address are one member. The merge fields come from a deterministic winner: a contact
/// before a lead before an account, then the earliest created, then the smallest id. The run summary gets a warning.
/// </summary>
public static class DuplicateEmailRule
{
    private static readonly string[] TableOrder = [TableNames.Contact, TableNames.Lead, TableNames.Account];

    /// <summary>The record whose data the member gets.</summary>
    /// <param name="holders">The records holding the address; at least one.</param>
    /// <returns>The winner.</returns>
    public static MemberSnapshot Winner(IReadOnlyList<MemberSnapshot> holders)
    {
        // The first of the smallest, as a stable sort would give; a loop, as it runs for every member.
        var winner = holders[0];
        for (var i = 1; i < holders.Count; i++)
        {
            if (Compare(holders[i], winner) < 0)
            {
                winner = holders[i];
            }
        }

        return winner;
    }

    /// <summary>The warning for a shared address, or null when one record holds it.</summary>
    /// <param name="holders">The records holding the address.</param>
    /// <param name="winner">The winner.</param>
    /// <returns>The warning, or <see langword="null"/>.</returns>
    public static string? Warning(IReadOnlyList<MemberSnapshot> holders, MemberSnapshot winner) => holders.Count < 2
        ? null
        : $"{string.Join(" and ", holders.Select(h => h.Record))} share the address {winner.Email}: they are one Mailchimp member, with the data of {winner.Record}";

    private static int Compare(MemberSnapshot x, MemberSnapshot y)
    {
        var byTable = Array.IndexOf(TableOrder, x.Record.Table).CompareTo(Array.IndexOf(TableOrder, y.Record.Table));
        if (byTable != 0)
        {
            return byTable;
        }

        var byCreation = x.CreatedOn.CompareTo(y.CreatedOn);
        return byCreation != 0 ? byCreation : x.Record.Id.CompareTo(y.Record.Id);
    }
}
