using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// Option values of <c>dmc_newmemberstatus</c>, <c>dmc_leaveaction</c> (solution/src/Entities/dmc_audiencesetting) and
/// <c>dmc_membertable</c> (dmc_mergefieldmapping). An empty or unknown value means the default.
/// </summary>
public static class AudienceSettingOptions
{
    /// <summary><c>dmc_newmemberstatus</c> Subscribed.</summary>
    public const int Subscribed = 100000000;

    /// <summary><c>dmc_newmemberstatus</c> Pending.</summary>
    public const int Pending = 100000001;

    /// <summary><c>dmc_leaveaction</c> Archive.</summary>
    public const int Archive = 100000000;

    /// <summary><c>dmc_leaveaction</c> Unsubscribe.</summary>
    public const int Unsubscribe = 100000001;

    private static readonly IReadOnlyDictionary<int, string> MemberTables = new Dictionary<int, string>
    {
        [100000000] = TableNames.Contact,
        [100000001] = TableNames.Lead,
        [100000002] = TableNames.Account,
    };

    /// <summary>The new-member status of an option value; subscribed when empty or unknown.</summary>
    /// <param name="optionValue">The <c>dmc_newmemberstatus</c> value.</param>
    /// <returns>The status.</returns>
    public static MemberStatus ToNewMemberStatus(int? optionValue) => optionValue == Pending ? MemberStatus.Pending : MemberStatus.Subscribed;

    /// <summary>The leave action of an option value; archive when empty or unknown.</summary>
    /// <param name="optionValue">The <c>dmc_leaveaction</c> value.</param>
    /// <returns>The action.</returns>
    public static LeaveAction ToLeaveAction(int? optionValue) => optionValue == Unsubscribe ? LeaveAction.Unsubscribe : LeaveAction.Archive;

    /// <summary>The member table of a <c>dmc_membertable</c> value, or <see langword="null"/>.</summary>
    /// <param name="optionValue">The option value.</param>
    /// <returns>contact, lead, account or null.</returns>
    public static string? ToMemberTable(int? optionValue) => optionValue is { } value ? MemberTables.GetValueOrDefault(value) : null;

    /// <summary>The <c>dmc_membertable</c> value of <paramref name="table"/>.</summary>
    /// <param name="table">contact, lead or account.</param>
    /// <returns>The option value.</returns>
    public static int ToMemberTableOption(string table) => MemberTables.Single(pair => pair.Value == table).Key;
}
