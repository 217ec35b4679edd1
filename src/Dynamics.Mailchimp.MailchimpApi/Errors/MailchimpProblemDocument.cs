namespace Dynamics.Mailchimp.MailchimpApi.Errors;

/// <summary>The <c>application/problem+json</c> body of a failed Mailchimp call.</summary>
internal sealed record MailchimpProblemDocument
{
    public string? Type { get; init; }

    public string? Title { get; init; }

    public int? Status { get; init; }

    public string? Detail { get; init; }

    public string? Instance { get; init; }

    public IReadOnlyList<MailchimpFieldError>? Errors { get; init; }
}
