namespace Dynamics.Mailchimp.Sandbox.Mailchimp;

/// <summary>
/// What batch subscribe (<c>POST /lists/{list_id}</c> with <c>update_existing</c>) does with <c>status: subscribed</c> for a
/// member who unsubscribed themselves.
/// </summary>
public enum BatchResubscribeBehavior
{
    /// <summary>
    /// As recorded in the field (strangerstudios/pmpro-mailchimp#151): the member silently stays unsubscribed, the other
    /// fields are updated, and the member is reported in <c>updated_members</c> with its real status.
    /// </summary>
    KeepUnsubscribed,

    /// <summary>The member is reported in <c>errors</c> as "Member In Compliance State" and left untouched.</summary>
    ReportError,
}
