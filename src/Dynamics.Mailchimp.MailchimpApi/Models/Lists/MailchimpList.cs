namespace Dynamics.Mailchimp.MailchimpApi.Models.Lists;

/// <summary>An audience (list).</summary>
public sealed record MailchimpList
{
    /// <summary>Gets the list id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the id used in the Mailchimp web app.</summary>
    public long WebId { get; init; }

    /// <summary>Gets the name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Gets the counters, when requested.</summary>
    public ListStats? Stats { get; init; }
}
