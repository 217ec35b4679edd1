using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi.Batching;

/// <summary>Turns one batch-subscribe answer into one result per input member (matched by normalized address).</summary>
internal static class BatchResultMatcher
{
    public static IEnumerable<MemberWriteResult> Match(IReadOnlyList<MemberUpsert> chunk, BatchSubscribeResponse response)
    {
        var byAddress = new Dictionary<string, MemberWriteResult>(StringComparer.Ordinal);
        foreach (var error in response.Errors)
        {
            byAddress[SubscriberHash.Normalize(error.EmailAddress)] = new MemberWriteResult(
                error.EmailAddress, MemberWriteOutcome.Failed, Error: error.Error, ErrorCode: error.ErrorCode, Field: error.Field, FieldMessage: error.FieldMessage);
        }

        // Successes win over errors for the same address (e.g. a duplicate in the chunk refused after the first was written).
        foreach (var member in response.UpdatedMembers)
        {
            byAddress[SubscriberHash.Normalize(member.EmailAddress)] = new MemberWriteResult(member.EmailAddress, MemberWriteOutcome.Updated, member.Id, Status: member.Status);
        }

        foreach (var member in response.NewMembers)
        {
            byAddress[SubscriberHash.Normalize(member.EmailAddress)] = new MemberWriteResult(member.EmailAddress, MemberWriteOutcome.Created, member.Id, Status: member.Status);
        }

        return chunk.Select(input => byAddress.TryGetValue(SubscriberHash.Normalize(input.EmailAddress), out var result)
            ? result with { EmailAddress = input.EmailAddress }
            : new MemberWriteResult(input.EmailAddress, MemberWriteOutcome.NotReported));
    }

    public static IEnumerable<MemberWriteResult> FailAll(IReadOnlyList<MemberUpsert> chunk, string error, string errorCode) =>
        chunk.Select(input => new MemberWriteResult(input.EmailAddress, MemberWriteOutcome.Failed, Error: error, ErrorCode: errorCode));
}
