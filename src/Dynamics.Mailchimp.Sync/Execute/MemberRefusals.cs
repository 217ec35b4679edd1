using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Errors;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Which of Mailchimp's answers are final. Batch subscribe reports a refused member as an <c>ERROR_GENERIC</c> item with
/// the same detail a single write gets, without the title, so the refusal is read from the text:
/// "… is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed."
/// (ibericode/mailchimp-for-wordpress#798) and "… was permanently deleted and cannot be re-imported…"
/// (ibericode/mailchimp-for-wordpress#673); both collected in shared/reference/mailchimp.md [M41][M42].
/// </summary>
internal static class MemberRefusals
{
    private const string ComplianceText = "compliance state";

    private const string ForgottenText = "permanently deleted";

    /// <summary>Gets a value indicating whether a batch error item is a compliance refusal or a forgotten address.</summary>
    public static bool IsFinal(string? error) =>
        error is not null
        && (error.Contains(ComplianceText, StringComparison.OrdinalIgnoreCase) || error.Contains(ForgottenText, StringComparison.OrdinalIgnoreCase));

    /// <summary>Gets a value indicating whether a refusal's text says the address was permanently deleted (never a compliance state).</summary>
    public static bool IsForgotten(string? error) => error is not null && error.Contains(ForgottenText, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets a value indicating whether a failed single call is a compliance refusal or a forgotten address.</summary>
    public static bool IsFinal(MailchimpApiException exception) => exception.IsMemberInComplianceState || exception.IsForgottenEmail;

    /// <summary>
    /// Gets a value indicating whether the failure concerns the whole service (the key is refused), so it is thrown
    /// rather than put on every plan.
    /// </summary>
    public static bool IsServiceWide(MailchimpApiException exception) =>
        exception.StatusCode == HttpStatusCode.Unauthorized
        || exception.HasTitle(MailchimpErrorTitles.ApiKeyInvalid)
        || (exception.StatusCode == HttpStatusCode.Forbidden && exception.HasProblemDocument);
}
