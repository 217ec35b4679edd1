namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>One page of email activity.</summary>
internal sealed record EmailActivityCollection
{
    public IReadOnlyList<EmailActivity> Emails { get; init; } = [];

    public int TotalItems { get; init; }
}
