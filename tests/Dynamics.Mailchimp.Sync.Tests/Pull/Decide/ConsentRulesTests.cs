using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Decide;

/// <summary>Every mapping rule of issue #10 Build 1 and every option of <see cref="PullOptions"/>, on plain data.</summary>
public sealed class ConsentRulesTests
{
    private const string Email = "ada.lovelace@brightfield-labs.com";
    private static readonly ListMapping Newsletter = TestData.AudienceList(1);
    private static readonly ListMapping Tagged = TestData.TagList(2, "vip");

    private static ConsentRules CreateSut(PullOptions? options = null) => new(options ?? new PullOptions());

    [Fact]
    public void Decide_Unsubscribed_SetsBothOptOutsStatusAndLeavesTheAudiencesLists()
    {
        // Arrange
        var record = Record(1, MemberStatus.Subscribed);
        var match = Match(MemberStatus.Unsubscribed, [record], (record.Record, [Newsletter.ListId, Tagged.ListId]));

        // Act
        var change = Assert.Single(CreateSut().Decide(match, Audience()));

        // Assert
        Assert.Equal((ConsentChangeKind.Unsubscribed, MemberStatus.Unsubscribed, true, true), (change.Kind, change.NewStatus, change.DoNotBulkEmail, change.DoNotSendMarketingMaterials));
        Assert.Equal([Newsletter.ListId, Tagged.ListId], change.LeaveLists.Select(l => l.ListId));
        Assert.Equal(
            [MemberFields.MailchimpStatus, MemberFields.DoNotBulkEmail, MemberFields.DoNotSendMarketingMaterials, PullNames.ListMemberField, PullNames.ListMemberField],
            change.Events.Select(e => e.Field));
        Assert.Contains("List 1", change.Events[3].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_UnsubscribedWithTwoRecordsSharingTheAddress_ChangesBoth()
    {
        // Arrange
        var contact = Record(1, MemberStatus.Subscribed);
        var lead = Record(2, null, table: TableNames.Lead);
        var match = Match(MemberStatus.Unsubscribed, [contact, lead]);

        // Act
        var changes = CreateSut().Decide(match, Audience());

        // Assert
        Assert.Equal([contact.Record, lead.Record], changes.Select(c => c.Record));
        Assert.All(changes, c => Assert.Equal((true, true), (c.DoNotBulkEmail, c.DoNotSendMarketingMaterials)));
    }

    [Fact]
    public void Decide_UnsubscribedAlreadyStored_ChangesNothing()
    {
        // Arrange: a CRM user added the record back to a list after the unsubscribe; reading the member again must not undo it.
        var record = Record(1, MemberStatus.Unsubscribed);
        var match = Match(MemberStatus.Unsubscribed, [record], (record.Record, [Newsletter.ListId]));

        // Act
        var changes = CreateSut().Decide(match, Audience());

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void Decide_UnsubscribedWithOptOutAlreadySet_WritesOnlyWhatChanges()
    {
        // Arrange
        var record = Record(1, MemberStatus.Subscribed) with { DoNotBulkEmail = true };

        // Act
        var change = Assert.Single(CreateSut().Decide(Match(MemberStatus.Unsubscribed, [record]), Audience()));

        // Assert
        Assert.Null(change.DoNotBulkEmail);
        Assert.True(change.DoNotSendMarketingMaterials);
        Assert.DoesNotContain(change.Events, e => e.Field == MemberFields.DoNotBulkEmail);
    }

    [Theory]
    [InlineData(false, true, true, null, true, true)]
    [InlineData(true, false, true, true, null, true)]
    [InlineData(true, true, false, true, true, false)]
    public void Decide_UnsubscribedOptions_EachSwitchesOffItsPart(bool bulk, bool marketing, bool leave, bool? expectedBulk, bool? expectedMarketing, bool leaves)
    {
        // Arrange
        var options = new PullOptions { UnsubscribeBlocksBulkEmail = bulk, UnsubscribeBlocksMarketingMaterials = marketing, UnsubscribeLeavesLists = leave };
        var record = Record(1, MemberStatus.Subscribed);
        var match = Match(MemberStatus.Unsubscribed, [record], (record.Record, [Newsletter.ListId]));

        // Act
        var change = Assert.Single(CreateSut(options).Decide(match, Audience()));

        // Assert
        Assert.Equal((MemberStatus.Unsubscribed, expectedBulk, expectedMarketing, leaves), (change.NewStatus!.Value, change.DoNotBulkEmail, change.DoNotSendMarketingMaterials, change.LeaveLists.Count > 0));
    }

    [Fact]
    public void Decide_Cleaned_ByDefaultSetsOnlyTheStatusAndLeavesNoList()
    {
        // Arrange
        var record = Record(1, MemberStatus.Subscribed);
        var match = Match(MemberStatus.Cleaned, [record], (record.Record, [Newsletter.ListId]));

        // Act
        var change = Assert.Single(CreateSut().Decide(match, Audience()));

        // Assert
        Assert.Equal((ConsentChangeKind.Cleaned, MemberStatus.Cleaned, (bool?)null, (bool?)null, 0), (change.Kind, change.NewStatus!.Value, change.DoNotBulkEmail, change.DoNotSendMarketingMaterials, change.LeaveLists.Count));
        Assert.Equal([MemberFields.MailchimpStatus], change.Events.Select(e => e.Field));
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, true, true)]
    [InlineData(true, false, false)]
    public void Decide_CleanedBlocksBulkEmail_JobOptionOrAudienceSettingWhichWins(bool jobOption, bool? audienceSetting, bool blocks)
    {
        // Arrange
        var record = Record(1, MemberStatus.Subscribed);

        // Act
        var change = Assert.Single(CreateSut(new PullOptions { CleanedBlocksBulkEmail = jobOption }).Decide(Match(MemberStatus.Cleaned, [record]), Audience(audienceSetting)));

        // Assert
        Assert.Equal(blocks ? true : null, change.DoNotBulkEmail);
        Assert.Null(change.DoNotSendMarketingMaterials);
    }

    [Fact]
    public void Decide_SubscribedAgainAfterUnsubscribe_AllowsMarketingAgain()
    {
        // Arrange
        var record = Record(1, MemberStatus.Unsubscribed) with { DoNotBulkEmail = true, DoNotSendMarketingMaterials = true };

        // Act
        var change = Assert.Single(CreateSut().Decide(Match(MemberStatus.Subscribed, [record]), Audience()));

        // Assert
        Assert.Equal((ConsentChangeKind.Resubscribed, MemberStatus.Subscribed, false, false), (change.Kind, change.NewStatus!.Value, change.DoNotBulkEmail, change.DoNotSendMarketingMaterials));
        Assert.Equal(3, change.Events.Count);
        Assert.Empty(change.LeaveLists);
    }

    [Fact]
    public void Decide_SubscribedAgainWithOptionOff_SetsOnlyTheStatus()
    {
        // Arrange
        var record = Record(1, MemberStatus.Unsubscribed) with { DoNotBulkEmail = true, DoNotSendMarketingMaterials = true };

        // Act
        var change = Assert.Single(CreateSut(new PullOptions { ResubscribeAllowsMarketing = false }).Decide(Match(MemberStatus.Subscribed, [record]), Audience()));

        // Assert
        Assert.Equal((MemberStatus.Subscribed, (bool?)null, (bool?)null), (change.NewStatus!.Value, change.DoNotBulkEmail, change.DoNotSendMarketingMaterials));
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, false)]
    public void Decide_SubscribedAgainAfterClean_LiftsOnlyTheBlockTheCleanedSettingPutThere(bool cleanedBlocks, bool? expectedBulk)
    {
        // Arrange
        var record = Record(1, MemberStatus.Cleaned) with { DoNotBulkEmail = true, DoNotSendMarketingMaterials = true };

        // Act
        var change = Assert.Single(CreateSut(new PullOptions { CleanedBlocksBulkEmail = cleanedBlocks }).Decide(Match(MemberStatus.Subscribed, [record]), Audience()));

        // Assert
        Assert.Equal((ConsentChangeKind.Resubscribed, expectedBulk, (bool?)null), (change.Kind, change.DoNotBulkEmail, change.DoNotSendMarketingMaterials));
    }

    [Fact]
    public void Decide_SubscribedWithoutAnEarlierOptOut_SetsOnlyTheStatusAndKeepsACrmOptOut()
    {
        // Arrange: the CRM opted out a record the push never sent; Mailchimp has the address subscribed through another record.
        var record = Record(1, null) with { DoNotBulkEmail = true };

        // Act
        var change = Assert.Single(CreateSut().Decide(Match(MemberStatus.Subscribed, [record]), Audience()));

        // Assert
        Assert.Equal((ConsentChangeKind.StatusOnly, MemberStatus.Subscribed, (bool?)null), (change.Kind, change.NewStatus!.Value, change.DoNotBulkEmail));
        Assert.Empty(change.Events);
    }

    [Theory]
    [InlineData(MemberStatus.Archived, ConsentChangeKind.Archived)]
    [InlineData(MemberStatus.Pending, ConsentChangeKind.StatusOnly)]
    [InlineData(MemberStatus.Transactional, ConsentChangeKind.StatusOnly)]
    public void Decide_ArchivedOrOtherStatus_StatusOnly(MemberStatus status, ConsentChangeKind kind)
    {
        // Arrange
        var record = Record(1, MemberStatus.Subscribed);
        var match = Match(status, [record], (record.Record, [Newsletter.ListId]));

        // Act
        var change = Assert.Single(CreateSut().Decide(match, Audience()));

        // Assert
        Assert.Equal((kind, status, (bool?)null, (bool?)null, 0, 0), (change.Kind, change.NewStatus!.Value, change.DoNotBulkEmail, change.DoNotSendMarketingMaterials, change.LeaveLists.Count, change.Events.Count));
    }

    [Fact]
    public void Decide_StatusAlreadyStored_ChangesNothing()
    {
        // Arrange
        var record = Record(1, MemberStatus.Subscribed);

        // Act
        var changes = CreateSut().Decide(Match(MemberStatus.Subscribed, [record]), Audience());

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void Decide_UnmatchedMember_ChangesNothing()
    {
        // Act
        var changes = CreateSut().Decide(Match(MemberStatus.Unsubscribed, []), Audience());

        // Assert
        Assert.Empty(changes);
    }

    [Fact]
    public void Decide_UnsubscribeReason_IsQuotedInTheLog()
    {
        // Arrange
        var record = Record(1, MemberStatus.Subscribed);
        var match = Match(MemberStatus.Unsubscribed, [record]) is var m ? m with { Member = m.Member with { UnsubscribeReason = "Too many emails" } } : null!;

        // Act
        var change = Assert.Single(CreateSut().Decide(match, Audience()));

        // Assert
        Assert.All(change.Events, e => Assert.Contains("\"Too many emails\"", e.Reason, StringComparison.Ordinal));
    }

    private static MemberSnapshot Record(int n, MemberStatus? stored, string table = TableNames.Contact) => new()
    {
        Record = new RecordRef(table, TestData.Id(n)),
        Email = Email,
        StoredStatus = stored,
    };

    private static PullAudience Audience(bool? cleanedBlocks = null) =>
        new(TestData.Audience, [Newsletter, Tagged], new HashSet<Guid> { Newsletter.ListId, Tagged.ListId }, cleanedBlocks);

    private static MemberMatch Match(MemberStatus status, IReadOnlyList<MemberSnapshot> records, params (RecordRef Record, Guid[] Lists)[] lists) =>
        new(
            new PulledMember(TestData.Audience, "5f3c2b1a", Email, status, TestData.Now),
            records,
            lists.ToDictionary(l => l.Record, l => (IReadOnlyList<Guid>)l.Lists));
}
