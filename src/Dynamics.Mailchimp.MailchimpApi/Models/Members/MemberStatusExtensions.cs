namespace Dynamics.Mailchimp.MailchimpApi.Models.Members;

/// <summary>Wire names of <see cref="MemberStatus"/> for query strings.</summary>
public static class MemberStatusExtensions
{
    /// <summary>Gets the wire value, e.g. <c>subscribed</c>.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The lower-case name Mailchimp uses.</returns>
    public static string ToWireValue(this MemberStatus status) => status switch
    {
        MemberStatus.Subscribed => "subscribed",
        MemberStatus.Unsubscribed => "unsubscribed",
        MemberStatus.Cleaned => "cleaned",
        MemberStatus.Pending => "pending",
        MemberStatus.Transactional => "transactional",
        MemberStatus.Archived => "archived",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown member status."),
    };
}
