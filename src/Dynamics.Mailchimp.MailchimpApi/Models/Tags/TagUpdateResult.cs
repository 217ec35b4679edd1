namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>The per-address results of a bulk tag update: adds first, then removes, each in input order.</summary>
/// <param name="Tag">The tag's static segment.</param>
/// <param name="Created">Whether the tag was created by this call.</param>
/// <param name="Items">The results.</param>
/// <param name="CallCount">How many segment-update calls were made.</param>
public sealed record TagUpdateResult(Segment Tag, bool Created, IReadOnlyList<TagMemberResult> Items, int CallCount)
{
    /// <summary>Gets the failures.</summary>
    public IEnumerable<TagMemberResult> Failures => Items.Where(item => item.Outcome == TagMemberOutcome.Failed);
}
