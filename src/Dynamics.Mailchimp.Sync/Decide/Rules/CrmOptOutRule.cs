using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide.Rules;

/// <summary>
/// Rule: a Dynamics opt-out propagates. <c>donotbulkemail</c> true, and <c>donotsendmm</c> true while
/// <see cref="SyncOptions.DoNotSendMarketingMaterialsUnsubscribes"/> is on (the default), unsubscribe the member.
/// One opted-out record among several sharing the address is enough: the person asked.
/// </summary>
public static class CrmOptOutRule
{
    /// <summary>The opt-out column that applies to <paramref name="record"/>, or null.</summary>
    /// <param name="record">The record.</param>
    /// <param name="options">The run's options.</param>
    /// <returns>The column's logical name, or <see langword="null"/> when the record has not opted out.</returns>
    public static string? OptOutColumn(MemberSnapshot record, SyncOptions options) =>
        record.DoNotBulkEmail ? MemberFields.DoNotBulkEmail
        : record.DoNotSendMarketingMaterials && options.DoNotSendMarketingMaterialsUnsubscribes ? MemberFields.DoNotSendMarketingMaterials
        : null;

    /// <summary>"contact 6f1c… (donotbulkemail)" for the first opted-out holder, or null when none opted out.</summary>
    /// <param name="holders">The records holding the address.</param>
    /// <param name="options">The run's options.</param>
    /// <returns>Who opted out and how, or <see langword="null"/>.</returns>
    public static string? FindOptOut(IReadOnlyList<MemberSnapshot> holders, SyncOptions options)
    {
        for (var i = 0; i < holders.Count; i++)
        {
            if (OptOutColumn(holders[i], options) is { } column)
            {
                return $"{holders[i].Record} ({column})";
            }
        }

        return null;
    }
}
