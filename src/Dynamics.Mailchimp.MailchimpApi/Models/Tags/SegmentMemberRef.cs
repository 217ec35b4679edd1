namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>The part of a member a static-segment update reports back.</summary>
internal sealed record SegmentMemberRef
{
    public string EmailAddress { get; init; } = string.Empty;
}
