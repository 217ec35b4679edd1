namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>One page of <c>GET /reports/{id}/sent-to</c>.</summary>
internal sealed record SentToCollection
{
    public IReadOnlyList<SentTo> SentTo { get; init; } = [];

    public int TotalItems { get; init; }
}
