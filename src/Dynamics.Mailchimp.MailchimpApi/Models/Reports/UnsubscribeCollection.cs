namespace Dynamics.Mailchimp.MailchimpApi.Models.Reports;

/// <summary>One page of <c>GET /reports/{id}/unsubscribed</c>.</summary>
internal sealed record UnsubscribeCollection
{
    public IReadOnlyList<Unsubscribe> Unsubscribes { get; init; } = [];

    public int TotalItems { get; init; }
}
