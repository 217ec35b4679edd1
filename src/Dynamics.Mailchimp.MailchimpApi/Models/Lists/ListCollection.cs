namespace Dynamics.Mailchimp.MailchimpApi.Models.Lists;

/// <summary>One page of <c>GET /lists</c>.</summary>
internal sealed record ListCollection
{
    public IReadOnlyList<MailchimpList> Lists { get; init; } = [];

    public int TotalItems { get; init; }
}
