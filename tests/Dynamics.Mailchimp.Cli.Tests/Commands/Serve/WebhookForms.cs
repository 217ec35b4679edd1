namespace Dynamics.Mailchimp.Cli.Tests.Commands.Serve;

/// <summary>
/// Deliveries shaped as Mailchimp's guide "Sync Audience Data with Webhooks"
/// (mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/) shows them: <c>type</c>, <c>fired_at</c>
/// (<c>YYYY-MM-DD HH:MM:SS</c>) and <c>data[…]</c> keys.
/// </summary>
internal static class WebhookForms
{
    public static Dictionary<string, string> Member(string type, string email, string firedAt = "2026-11-30 04:00:00", string? audience = null) => new()
    {
        ["type"] = type,
        ["fired_at"] = firedAt,
        ["data[id]"] = "8a25ff1d98",
        ["data[list_id]"] = audience ?? ServeHarness.Audience,
        ["data[email]"] = email,
        ["data[email_type]"] = "html",
        ["data[merges][EMAIL]"] = email,
        ["data[merges][FNAME]"] = "Yvonne",
        ["data[ip_opt]"] = "10.20.10.30",
    };

    public static Dictionary<string, string> Unsubscribe(string email, string firedAt = "2026-11-30 04:00:00")
    {
        var form = Member("unsubscribe", email, firedAt);
        form["data[action]"] = "unsub";
        form["data[reason]"] = "manual";
        form["data[campaign_id]"] = "cb398d21d2";
        return form;
    }

    public static Dictionary<string, string> Cleaned(string email) => new()
    {
        ["type"] = "cleaned",
        ["fired_at"] = "2026-11-30 04:00:00",
        ["data[list_id]"] = ServeHarness.Audience,
        ["data[campaign_id]"] = "4fjk2ma9xd",
        ["data[reason]"] = "hard",
        ["data[email]"] = email,
    };

    public static Dictionary<string, string> EmailChanged(string oldEmail, string newEmail) => new()
    {
        ["type"] = "upemail",
        ["fired_at"] = "2026-11-30 04:00:00",
        ["data[list_id]"] = ServeHarness.Audience,
        ["data[new_id]"] = "51aa6c8a3f",
        ["data[new_email]"] = newEmail,
        ["data[old_email]"] = oldEmail,
    };

    public static Dictionary<string, string> Campaign() => new()
    {
        ["type"] = "campaign",
        ["fired_at"] = "2026-11-30 04:00:00",
        ["data[id]"] = "5aa2102003",
        ["data[subject]"] = "Winter news",
        ["data[status]"] = "sent",
        ["data[reason]"] = string.Empty,
        ["data[list_id]"] = ServeHarness.Audience,
    };
}
