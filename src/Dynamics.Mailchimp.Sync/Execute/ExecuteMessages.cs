using Dynamics.Mailchimp.MailchimpApi.Errors;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>The texts Execute puts on a plan's result; each names the address and the audience.</summary>
internal static class ExecuteMessages
{
    public static string RenameTaken(string oldEmail, string newEmail, string audienceId, string mailchimpSays) =>
        $"Cannot change the address of {oldEmail} to {newEmail} in audience {audienceId}: {newEmail} is already a member. Mailchimp said: {mailchimpSays}";

    public static string RenameRefused(string oldEmail, string newEmail, string audienceId, string mailchimpSays) =>
        $"Cannot change the address of {oldEmail} to {newEmail} in audience {audienceId}. Mailchimp said: {mailchimpSays}";

    public static string RenameFellThrough(string oldEmail) =>
        $"{oldEmail} was not a member, so the new address was upserted instead of renamed.";

    public static string NotCreated(string email, string audienceId) =>
        $"{email} is not a member of audience {audienceId} and every list that holds it is update-only, so it was not created.";

    public static string KeptUnsubscribed(string email, string audienceId, string status) =>
        $"Mailchimp kept {email} {status} in audience {audienceId}: a member who opted out cannot be re-subscribed by the API (compliance).";

    public static string MemberRefused(string email, string audienceId, string mailchimpSays) =>
        $"Mailchimp refused {email} in audience {audienceId}: {mailchimpSays}";

    public static string NotReported(string email, string audienceId) =>
        $"Mailchimp reported {email} in audience {audienceId} neither as written nor as refused.";

    public static string TagFailed(string tag, string email, string audienceId, string mailchimpSays) =>
        $"Tag '{tag}' could not be changed for {email} in audience {audienceId}: {mailchimpSays}";

    public static string ArchiveFailed(string email, string audienceId, string mailchimpSays) =>
        $"Archiving {email} in audience {audienceId} failed: {mailchimpSays}";

    public static string NotRemovable(string mailchimpSays) =>
        $"Nothing to archive: {mailchimpSays}";

    public const string NotAMember = "Nothing to archive: the address is not a member.";

    /// <summary>Mailchimp's own words for a failed call: title, detail and field errors.</summary>
    public static string Describe(MailchimpApiException exception)
    {
        var text = string.IsNullOrWhiteSpace(exception.Detail) ? exception.Title : $"{exception.Title}: {exception.Detail}";
        return exception.Errors.Count == 0
            ? text
            : text + " " + string.Join("; ", exception.Errors.Select(error => $"{error.Field}: {error.Message}"));
    }

    /// <summary>Mailchimp's words for one refused member of a batch: the error, and the field and its message when given.</summary>
    public static string Describe(string? error, string? field, string? fieldMessage) =>
        string.IsNullOrWhiteSpace(field)
            ? error ?? "no message"
            : $"{error} ({field}: {fieldMessage})";
}
