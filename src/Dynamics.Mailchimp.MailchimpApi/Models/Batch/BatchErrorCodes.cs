namespace Dynamics.Mailchimp.MailchimpApi.Models.Batch;

/// <summary>Known <c>error_code</c> values of batch-subscribe member errors.</summary>
public static class BatchErrorCodes
{
    /// <summary>The address is already on the list and <c>update_existing</c> was false.</summary>
    public const string ContactExists = "ERROR_CONTACT_EXISTS";

    /// <summary>Any other refusal (invalid, fake, compliance state…); read the message.</summary>
    public const string Generic = "ERROR_GENERIC";
}
