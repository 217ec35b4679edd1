namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>The body of <c>POST /lists/{id}/segments</c> that creates a tag.</summary>
internal sealed record StaticSegmentCreate(string Name, IReadOnlyList<string> StaticSegment);
