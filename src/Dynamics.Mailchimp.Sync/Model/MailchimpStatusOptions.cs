using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// Option values of <see cref="MemberFields.MailchimpStatus"/> (<c>contact_dmc_mailchimpstatus</c> and its lead and
/// account twins in solution/src/Entities), mapped to <see cref="MemberStatus"/>.
/// </summary>
public static class MailchimpStatusOptions
{
    /// <summary>
    /// The address was permanently deleted in Mailchimp (delete-permanent, a GDPR erasure): Mailchimp refuses to
    /// re-import it ("… was permanently deleted and cannot be re-imported", Forgotten Email Not Subscribed), so the push
    /// sends it nothing. No <see cref="MemberStatus"/> stands for it; <see cref="ToStatus"/> reads it as none.
    /// </summary>
    public const int Deleted = 100000006;

    private static readonly IReadOnlyDictionary<int, MemberStatus> ByOptionValue = new Dictionary<int, MemberStatus>
    {
        [100000000] = MemberStatus.Subscribed,
        [100000001] = MemberStatus.Unsubscribed,
        [100000002] = MemberStatus.Cleaned,
        [100000003] = MemberStatus.Pending,
        [100000004] = MemberStatus.Transactional,
        [100000005] = MemberStatus.Archived,
    };

    /// <summary>The status an option value stands for; null for an empty or unknown value.</summary>
    /// <param name="optionValue">The <c>dmc_mailchimpstatus</c> value.</param>
    /// <returns>The status, or <see langword="null"/>.</returns>
    public static MemberStatus? ToStatus(int? optionValue) =>
        optionValue is { } value && ByOptionValue.TryGetValue(value, out var status) ? status : null;

    /// <summary>The option value of <paramref name="status"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The <c>dmc_mailchimpstatus</c> value.</returns>
    public static int ToOptionValue(MemberStatus status) => ByOptionValue.Single(pair => pair.Value == status).Key;

    /// <summary>Gets a value indicating whether <paramref name="optionValue"/> is <see cref="Deleted"/>.</summary>
    /// <param name="optionValue">The <c>dmc_mailchimpstatus</c> value.</param>
    /// <returns><see langword="true"/> for Deleted.</returns>
    public static bool IsDeleted(int? optionValue) => optionValue == Deleted;
}
