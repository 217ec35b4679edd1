namespace Dynamics.Mailchimp.MailchimpApi.Errors;

/// <summary>
/// Problem-document titles the connector branches on (https://mailchimp.com/developer/marketing/docs/errors/).
/// Compare with <see cref="MailchimpApiException.HasTitle"/>, which ignores case.
/// </summary>
public static class MailchimpErrorTitles
{
    /// <summary>POST of an address already on the list (any state, archived included).</summary>
    public const string MemberExists = "Member Exists";

    /// <summary>Subscribing a contact held by unsubscribe, bounce or compliance review.</summary>
    public const string MemberInComplianceState = "Member In Compliance State";

    /// <summary>Writing an address that was permanently deleted.</summary>
    public const string ForgottenEmailNotSubscribed = "Forgotten Email Not Subscribed";

    /// <summary>Schema or merge-field validation failure; details in <see cref="MailchimpApiException.Errors"/>.</summary>
    public const string InvalidResource = "Invalid Resource";

    /// <summary>Unknown list, member, segment or campaign.</summary>
    public const string ResourceNotFound = "Resource Not Found";

    /// <summary>E.g. DELETE of a member that is already archived.</summary>
    public const string MethodNotAllowed = "Method Not Allowed";

    /// <summary>Bad or revoked key, or the wrong data centre.</summary>
    public const string ApiKeyInvalid = "API Key Invalid";

    /// <summary>More than 10 simultaneous connections, or too many pending batches.</summary>
    public const string TooManyRequests = "Too Many Requests";
}
