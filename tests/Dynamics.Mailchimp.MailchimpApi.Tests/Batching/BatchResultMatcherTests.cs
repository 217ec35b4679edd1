using Dynamics.Mailchimp.MailchimpApi.Batching;
using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Batching;

public sealed class BatchResultMatcherTests
{
    private static List<MemberWriteResult> CreateSut(IReadOnlyList<MemberUpsert> chunk, BatchSubscribeResponse response) =>
        [.. BatchResultMatcher.Match(chunk, response)];

    [Fact]
    public void Match_AnswerInOtherCaseAndOrder_OneResultPerInputInInputOrder()
    {
        // Arrange
        MemberUpsert[] chunk = [new() { EmailAddress = "B@Brightfield-Labs.com " }, new() { EmailAddress = "a@brightfield-labs.com" }, new() { EmailAddress = "c@brightfield-labs.com" }];
        var response = new BatchSubscribeResponse
        {
            NewMembers = [new BatchMember { Id = "ha", EmailAddress = "a@brightfield-labs.com" }],
            UpdatedMembers = [new BatchMember { Id = "hb", EmailAddress = "b@brightfield-labs.com" }],
            Errors = [new BatchMemberError { EmailAddress = "C@BRIGHTFIELD-LABS.COM", Error = "fake", ErrorCode = BatchErrorCodes.Generic }],
        };

        // Act
        var results = CreateSut(chunk, response);

        // Assert
        Assert.Equal(["B@Brightfield-Labs.com ", "a@brightfield-labs.com", "c@brightfield-labs.com"], results.Select(result => result.EmailAddress));
        Assert.Equal([MemberWriteOutcome.Updated, MemberWriteOutcome.Created, MemberWriteOutcome.Failed], results.Select(result => result.Outcome));
        Assert.Equal("hb", results[0].MemberId);
        Assert.Equal("fake", results[2].Error);
    }

    [Fact]
    public void Match_DuplicateWrittenThenRefused_SuccessWins()
    {
        // Arrange
        MemberUpsert[] chunk = [new() { EmailAddress = "a@brightfield-labs.com" }, new() { EmailAddress = "a@brightfield-labs.com" }];
        var response = new BatchSubscribeResponse
        {
            NewMembers = [new BatchMember { Id = "ha", EmailAddress = "a@brightfield-labs.com" }],
            Errors = [new BatchMemberError { EmailAddress = "a@brightfield-labs.com", ErrorCode = BatchErrorCodes.ContactExists }],
        };

        // Act
        var results = CreateSut(chunk, response);

        // Assert
        Assert.All(results, result => Assert.Equal(MemberWriteOutcome.Created, result.Outcome));
    }
}
