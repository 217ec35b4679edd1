namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>An error of a static-segment update, for one or more addresses.</summary>
internal sealed record SegmentMemberError
{
    public IReadOnlyList<string> EmailAddresses { get; init; } = [];

    public string? Error { get; init; }
}
