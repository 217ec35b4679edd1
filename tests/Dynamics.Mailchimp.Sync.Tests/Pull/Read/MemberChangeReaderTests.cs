using System.Globalization;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Tests.Execute;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Read;

/// <summary>
/// <see cref="MemberChangeReader"/> against the Mailchimp sandbox on a fake data clock, so <c>last_changed</c> is
/// chosen by the test. The sandbox treats <c>since_last_changed</c> as inclusive, which Mailchimp does not document
/// (src/Dynamics.Mailchimp.Sandbox.Mailchimp/README.md); the reader must lose nothing either way.
/// </summary>
public sealed class MemberChangeReaderTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-01T08:00:00Z", CultureInfo.InvariantCulture);
    private readonly FakeTimeProvider clock = new(Start);
    private ExecuteHarness harness = null!;

    public async Task InitializeAsync() => harness = await ExecuteHarness.StartAsync(options => options.TimeProvider = clock);

    public async Task DisposeAsync() => await harness.DisposeAsync();

    [Fact]
    public async Task ReadAsync_DistinctTimestamps_EveryMemberOnceOrAtTheBoundaryAndCheckpointsNeverAheadOfUnreadMembers()
    {
        // Arrange: 25 members, one second apart.
        var emails = await SeedAsync(25, secondsApart: 1);

        // Act
        var pages = await ReadAllAsync(since: null, pageSize: 10);

        // Assert
        Assert.Equal(emails.Order(StringComparer.Ordinal), pages.SelectMany(p => p.Members).Select(m => m.Email).Distinct().Order(StringComparer.Ordinal));
        AssertNoCheckpointAheadOfLaterMembers(pages);
        Assert.Equal(Start.AddSeconds(24), pages[^1].Checkpoint);
        Assert.True(pages.Count <= 3, $"{pages.Count} pages for 25 members at 10 a page");
    }

    [Fact]
    public async Task ReadAsync_FullPagesSharingOneSecond_ContinuesTheListingInsteadOfLoopingOrSkipping()
    {
        // Arrange: 25 members changed in the same second (a bulk import).
        var emails = await SeedAsync(25, secondsApart: 0);

        // Act
        var pages = await ReadAllAsync(since: null, pageSize: 10);

        // Assert
        Assert.Equal(emails.Order(StringComparer.Ordinal), pages.SelectMany(p => p.Members).Select(m => m.Email).Distinct().Order(StringComparer.Ordinal));
        Assert.All(pages, p => Assert.Equal(Start, p.Checkpoint));
        Assert.True(pages.Count <= 4, $"{pages.Count} pages");
    }

    [Fact]
    public async Task ReadAsync_FromACheckpoint_ReadsOnlyMembersChangedSinceItBoundaryIncluded()
    {
        // Arrange
        var emails = await SeedAsync(5, secondsApart: 1);

        // Act
        var pages = await ReadAllAsync(since: Start.AddSeconds(3), pageSize: 10);

        // Assert
        Assert.Equal(emails.Skip(3), Assert.Single(pages).Members.Select(m => m.Email));
    }

    [Fact]
    public async Task ReadAsync_UnsubscribedMember_CarriesStatusIdAndTimestamp()
    {
        // Arrange
        var emails = await SeedAsync(1, secondsApart: 0);
        await harness.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert { EmailAddress = emails[0], StatusIfNew = MemberStatus.Subscribed, Status = MemberStatus.Unsubscribed });

        // Act
        var member = Assert.Single(Assert.Single(await ReadAllAsync(since: null, pageSize: 10)).Members);

        // Assert
        Assert.Equal((MemberStatus.Unsubscribed, MailchimpApi.SubscriberHash.Compute(emails[0]), Start), (member.Status, member.MemberId, member.LastChanged));
    }

    private static void AssertNoCheckpointAheadOfLaterMembers(IReadOnlyList<MemberPage> pages)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var later = pages.Skip(i + 1).SelectMany(p => p.Members).Where(m => !pages.Take(i + 1).SelectMany(p => p.Members).Any(seen => seen.Email == m.Email));
            Assert.All(later, m => Assert.True(m.LastChanged >= pages[i].Checkpoint, $"{m} is before the checkpoint {pages[i].Checkpoint} of page {i}"));
        }
    }

    private async Task<string[]> SeedAsync(int count, int secondsApart)
    {
        var emails = Enumerable.Range(1, count).Select(i => $"reader{i:D3}@brightfield-labs.com").ToArray();
        foreach (var email in emails)
        {
            await harness.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert { EmailAddress = email, StatusIfNew = MemberStatus.Subscribed });
            clock.Advance(TimeSpan.FromSeconds(secondsApart));
        }

        return emails;
    }

    private async Task<List<MemberPage>> ReadAllAsync(DateTimeOffset? since, int pageSize)
    {
        var pages = new List<MemberPage>();
        await foreach (var page in new MemberChangeReader(harness.Client).ReadAsync(ExecuteHarness.AudienceId, since, pageSize, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }
}
