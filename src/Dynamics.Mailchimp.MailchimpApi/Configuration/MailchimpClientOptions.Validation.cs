using System.ComponentModel.DataAnnotations;

namespace Dynamics.Mailchimp.MailchimpApi.Configuration;

/// <content>Cross-field validation and a secret-free description.</content>
public sealed partial class MailchimpClientOptions
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasKey = !string.IsNullOrWhiteSpace(ApiKey);
        var hasToken = !string.IsNullOrWhiteSpace(AccessToken);
        if (hasKey == hasToken)
        {
            yield return new ValidationResult(
                "Set exactly one of Mailchimp ApiKey or AccessToken (with ServerPrefix).",
                [nameof(ApiKey), nameof(AccessToken)]);
            yield break;
        }

        string? error = null;
        try
        {
            _ = CreateCredentials();
        }
        catch (MailchimpApiKeyFormatException exception)
        {
            error = exception.Message;
        }

        if (error is not null)
        {
            yield return new ValidationResult(error, [hasKey ? nameof(ApiKey) : nameof(AccessToken)]);
        }

        if (BaseAddress is { IsAbsoluteUri: false })
        {
            yield return new ValidationResult("Mailchimp BaseAddress must be an absolute URI.", [nameof(BaseAddress)]);
        }
    }

    /// <summary>Describes the options without secrets.</summary>
    /// <returns>The non-secret settings; the key and token are shown as <c>***</c> when set.</returns>
    public override string ToString() =>
        $"MailchimpClientOptions {{ ApiKey = {Redact(ApiKey)}, AccessToken = {Redact(AccessToken)}, ServerPrefix = {ServerPrefix}, " +
        $"BaseAddress = {BaseAddress}, Timeout = {Timeout}, MaxConcurrentRequests = {MaxConcurrentRequests}, MaxRetryAttempts = {MaxRetryAttempts} }}";

    private static string Redact(string? secret) => string.IsNullOrEmpty(secret) ? "(none)" : "***";
}
