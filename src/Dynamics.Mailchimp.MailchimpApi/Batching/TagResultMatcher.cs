using Dynamics.Mailchimp.MailchimpApi.Models.Tags;

namespace Dynamics.Mailchimp.MailchimpApi.Batching;

/// <summary>Turns one static-segment update answer into one result per requested address.</summary>
internal static class TagResultMatcher
{
    public static IEnumerable<TagMemberResult> Match(IReadOnlyList<string> emails, TagAction action, SegmentMembersResponse response)
    {
        var done = (action == TagAction.Add ? response.MembersAdded : response.MembersRemoved)
            .Select(member => SubscriberHash.Normalize(member.EmailAddress))
            .ToHashSet(StringComparer.Ordinal);
        var errors = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var error in response.Errors)
        {
            foreach (var address in error.EmailAddresses)
            {
                errors.TryAdd(SubscriberHash.Normalize(address), error.Error);
            }
        }

        var succeeded = action == TagAction.Add ? TagMemberOutcome.Added : TagMemberOutcome.Removed;
        return emails.Select(email =>
        {
            var key = SubscriberHash.Normalize(email);
            if (done.Contains(key))
            {
                return new TagMemberResult(email, action, succeeded);
            }

            return errors.TryGetValue(key, out var message)
                ? new TagMemberResult(email, action, TagMemberOutcome.Failed, message ?? "Mailchimp reported an error for this address.")
                : new TagMemberResult(email, action, TagMemberOutcome.NotReported);
        });
    }

    public static IEnumerable<TagMemberResult> FailAll(IReadOnlyList<string> emails, TagAction action, string error) =>
        emails.Select(email => new TagMemberResult(email, action, TagMemberOutcome.Failed, error));
}
