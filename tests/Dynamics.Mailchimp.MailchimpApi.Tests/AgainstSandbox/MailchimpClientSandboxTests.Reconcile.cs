using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.AgainstSandbox;

/// <content>
/// The reads reconciliation and drift need (issue #12): a tag's members of every status, and members with an interest,
/// in ceil(N/1000) calls against the sandbox.
/// </content>
public sealed partial class MailchimpClientSandboxTests
{
    private static readonly string[] DriftFields = ["id", "email_address", "status", "merge_fields"];

    [Fact(DisplayName = "GetSegmentMembersAsync_2500TaggedOfEveryStatus_ThreeReadsAllStatuses (mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/)")]
    public async Task GetSegmentMembersAsync_2500TaggedOfEveryStatus_ThreeReadsAllStatuses()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        var members = Members(2500, "tagged").Select((member, i) => member with { StatusIfNew = i % 5 == 0 ? MemberStatus.Unsubscribed : i % 7 == 0 ? MemberStatus.Transactional : MemberStatus.Subscribed }).ToList();
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, members, true, CancellationToken.None);
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(300, "untagged"), true, CancellationToken.None);
        var update = await harness.Client.UpdateTagMembersAsync(SandboxClientHarness.ListId, "Berlin", [.. members.Select(m => m.EmailAddress)], [], CancellationToken.None);
        var segmentMembersPath = $"/segments/{update.Tag.Id}/members";

        // Act
        var read = await harness.Client.GetSegmentMembersAsync(SandboxClientHarness.ListId, update.Tag.Id, SegmentMemberQuery.AllStatuses with { Fields = DriftFields }, CancellationToken.None)
            .ToListAsync(CancellationToken.None);
        var subscribedOnly = await harness.Client.GetSegmentMembersAsync(SandboxClientHarness.ListId, update.Tag.Id, new SegmentMemberQuery { Fields = DriftFields }, CancellationToken.None)
            .CountAsync(CancellationToken.None);

        // Assert
        Assert.Equal(2500, read.Count);
        Assert.Equal(members.Select(m => m.EmailAddress).Order(StringComparer.Ordinal), read.Select(m => m.EmailAddress).Order(StringComparer.Ordinal));
        Assert.Equal(500, read.Count(m => m.Status == MemberStatus.Unsubscribed));
        Assert.Contains(read, m => m.Status == MemberStatus.Transactional);
        Assert.All(read, m => Assert.Equal(SubscriberHash.Compute(m.EmailAddress), m.Id));
        Assert.All(read, m => Assert.NotNull(m.MergeFields));
        Assert.Equal(read.Count(m => m.Status == MemberStatus.Subscribed), subscribedOnly);
        Assert.InRange(subscribedOnly, 1001, 2000);
        Assert.Equal(3 + 2, harness.Sandbox.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith(segmentMembersPath, StringComparison.Ordinal)));
    }

    [Fact(DisplayName = "GetMembersAsync_InterestAny_ListsOnlyMembersWithIt (mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    public async Task GetMembersAsync_InterestAny_ListsOnlyMembersWithIt()
    {
        // Arrange
        await using var harness = await SandboxClientHarness.StartAsync();
        var category = await harness.Client.CreateInterestCategoryAsync(SandboxClientHarness.ListId, new InterestCategoryDefinition { Title = "Lists" }, CancellationToken.None);
        var interest = await harness.Client.CreateInterestAsync(SandboxClientHarness.ListId, category.Id, new InterestDefinition { Name = "Berlin" }, CancellationToken.None);
        var withInterest = Members(1200, "berlin").Select(m => m with { Interests = new Dictionary<string, bool> { [interest.Id] = true } }).ToList();
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, withInterest, true, CancellationToken.None);
        await harness.Client.UpsertMembersAsync(SandboxClientHarness.ListId, Members(400, "elsewhere"), true, CancellationToken.None);
        var query = new MemberQuery { InterestCategoryId = category.Id, InterestIds = [interest.Id], InterestMatch = InterestMatch.Any, Fields = DriftFields };

        // Act
        var read = await harness.Client.GetMembersAsync(SandboxClientHarness.ListId, query, CancellationToken.None).ToListAsync(CancellationToken.None);
        var without = await harness.Client.GetMembersAsync(SandboxClientHarness.ListId, query with { InterestMatch = InterestMatch.None }, CancellationToken.None).CountAsync(CancellationToken.None);

        // Assert
        Assert.Equal(withInterest.Select(m => m.EmailAddress).Order(StringComparer.Ordinal), read.Select(m => m.EmailAddress).Order(StringComparer.Ordinal));
        Assert.Equal(400, without);
        Assert.Equal(2 + 1, harness.Sandbox.Requests.Count(r => r.Method == "GET" && r.Path.EndsWith("/members", StringComparison.Ordinal)));
    }
}
