using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Reconcile;

/// <summary>The diff of one list with its Mailchimp side: additions, removals, no change, changed emails, consent and fields.</summary>
public sealed class ListDifferTests
{
    private static readonly ListMapping Berlin = TestData.TagList(1, "Berlin");
    private static readonly ListMapping Newsletter = TestData.AudienceList(2);
    private static readonly SyncOptions Options = new();

    private static (ListDiffer Differ, MailchimpSide Side) CreateSut(ListMapping list, bool compareFields = false, params MailchimpMember[] mailchimp) =>
        CreateSut(list, compareFields, joinsNeverSynced: true, mailchimp);

    private static (ListDiffer Differ, MailchimpSide Side) CreateSut(ListMapping list, bool compareFields, bool joinsNeverSynced, params MailchimpMember[] mailchimp)
    {
        var side = new MailchimpSide();
        foreach (var member in mailchimp)
        {
            side.Add(member);
        }

        return (new ListDiffer(list, side, Options, compareFields ? AudienceSettings.For(list.AudienceId) : null, sampleSize: 5, joinsNeverSynced), side);
    }

    private static MailchimpMember Member(string email, MemberStatus status = MemberStatus.Subscribed, string first = "Ada") =>
        new(email, status, new Dictionary<string, string> { ["FNAME"] = first, ["LNAME"] = "Lovelace" });

    [Fact]
    public void Add_SameMembersOnBothSides_IsClean()
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin, mailchimp: Member("ada@example.org"));

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ADA@example.org"));
        sut.Resolve([], new HashSet<RecordRef>());
        var drift = sut.Build();

        // Assert
        Assert.True(drift.IsClean);
        Assert.Equal(1, drift.InSync);
        Assert.Empty(drift.ToJoin);
        Assert.Empty(drift.ToLeave);
    }

    [Fact]
    public void Add_RecordMissingInMailchimp_JoinsWithASample()
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin);

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org"));
        var drift = sut.Build();

        // Assert
        Assert.Equal(1, drift.CrmOnly);
        Assert.Equal([TestData.Contact(1)], drift.ToJoin);
        Assert.Contains("not tag 'Berlin'", Assert.Single(drift.Samples).Detail);
    }

    [Theory]
    [InlineData("inactive")]
    [InlineData("optedout")]
    [InlineData("unsubscribed")]
    [InlineData("cleaned")]
    [InlineData("deleted")]
    [InlineData("invalid")]
    public void Add_RecordTheEngineWouldNotSend_IsNoCorrection(string why)
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin);
        var record = TestData.Snapshot(TestData.Contact(1), why == "invalid" ? "ada at example" : "ada@example.org", s => why switch
        {
            "inactive" => s with { IsActive = false },
            "optedout" => s with { DoNotBulkEmail = true },
            "unsubscribed" => s with { StoredStatus = MemberStatus.Unsubscribed },
            "cleaned" => s with { StoredStatus = MemberStatus.Cleaned },
            "deleted" => s with { StoredDeleted = true },
            _ => s,
        });

        // Act
        sut.Add(record);
        var drift = sut.Build();

        // Assert
        Assert.Equal(0, drift.CrmOnly);
        Assert.Empty(drift.ToJoin);
    }

    [Fact]
    public void Add_UpdateOnlyListRecordNeverSent_IsNotQueued()
    {
        // Arrange
        var (sut, _) = CreateSut(TestData.AudienceList(3, updateOnly: true));

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org"));
        sut.Add(TestData.Snapshot(TestData.Contact(2), "bob@example.org", s => s with { StoredMemberId = "abc" }));
        var drift = sut.Build();

        // Assert
        Assert.Equal([TestData.Contact(2)], drift.ToJoin);
    }

    [Fact]
    public void Add_ScheduledReconciliation_JoinsOnlyRecordsSentBeforeAndReportsTheRest()
    {
        // Arrange: enabling sync on a list does not push its existing members unless asked.
        var (sut, _) = CreateSut(Berlin, compareFields: false, joinsNeverSynced: false);

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org"));
        sut.Add(TestData.Snapshot(TestData.Contact(2), "bob@example.org", s => s with { StoredStatus = MemberStatus.Subscribed }));
        var drift = sut.Build();

        // Assert
        Assert.Equal([TestData.Contact(2)], drift.ToJoin);
        Assert.Equal(2, drift.CrmOnly);
    }

    [Fact]
    public void Resolve_TagMemberNoLongerInTheList_LeavesByItsRecord()
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin, mailchimp: Member("bob@example.org"));
        var bob = TestData.Snapshot(TestData.Contact(2), "bob@example.org");

        // Act
        sut.Resolve([bob], new HashSet<RecordRef>());
        var drift = sut.Build();

        // Assert
        Assert.Equal(1, drift.MailchimpOnly);
        Assert.Equal([bob.Record], drift.ToLeave);
        Assert.Empty(drift.Unresolved);
    }

    [Fact]
    public void Resolve_TagMemberHeldByAnotherListOfTheSameTag_IsInSync()
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin, mailchimp: Member("bob@example.org"));
        var bob = TestData.Snapshot(TestData.Contact(2), "bob@example.org");

        // Act
        sut.Resolve([bob], new HashSet<RecordRef> { bob.Record });
        var drift = sut.Build();

        // Assert
        Assert.True(drift.IsClean);
        Assert.Empty(drift.ToLeave);
    }

    [Fact]
    public void Resolve_TagMemberWithoutAnyRecord_IsReportedAndLeftAlone()
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin, mailchimp: Member("hand-tagged@example.org"));

        // Act
        sut.Resolve([], new HashSet<RecordRef>());
        var drift = sut.Build();

        // Assert
        Assert.Equal(1, drift.MailchimpOnly);
        Assert.Equal(["hand-tagged@example.org"], drift.Unresolved);
        Assert.Empty(drift.ToLeave);
    }

    [Fact]
    public void Resolve_AudienceMemberOfNoList_IsReportedNeverRemoved()
    {
        // Arrange: the address belongs to a contact in no synced list (e.g. a signup from a Mailchimp form).
        var (sut, _) = CreateSut(Newsletter, mailchimp: Member("signup@example.org"));
        var signup = TestData.Snapshot(TestData.Contact(3), "signup@example.org");

        // Act
        sut.Resolve([signup], new HashSet<RecordRef>());
        var drift = sut.Build();

        // Assert
        Assert.Equal(1, drift.MailchimpOnly);
        Assert.Empty(drift.ToLeave);
        Assert.Contains("left as it is", Assert.Single(drift.Samples).Detail);
    }

    [Fact]
    public void Resolve_AudienceMemberTheConnectorSentThatLeftATagList_IsInSyncByRule()
    {
        // Arrange: the connector sent Ada through a tag list she has left; she stays in the audience.
        var (sut, _) = CreateSut(Newsletter, mailchimp: Member("ada@example.org"));
        var ada = TestData.Snapshot(TestData.Contact(1), "ada@example.org", s => s with { StoredMemberId = "abc", StoredStatus = MemberStatus.Subscribed });

        // Act
        sut.Resolve([ada], new HashSet<RecordRef>());
        var drift = sut.Build();

        // Assert
        Assert.True(drift.IsClean);
        Assert.Empty(drift.ToLeave);
    }

    [Fact]
    public void Add_RecordWhoseEmailChanged_JoinsWithTheNewAddressAndTheOldOneLeaves()
    {
        // Arrange: Mailchimp tags the old address; the record now has a new one.
        var (sut, _) = CreateSut(Berlin, mailchimp: Member("ada.old@example.org"));
        var ada = TestData.Snapshot(TestData.Contact(1), "ada.new@example.org");

        // Act
        sut.Add(ada);
        sut.Resolve([], new HashSet<RecordRef>());
        var drift = sut.Build();

        // Assert
        Assert.Equal([ada.Record], drift.ToJoin);
        Assert.Equal(["ada.old@example.org"], drift.Unresolved);
        Assert.Equal((1, 1), (drift.CrmOnly, drift.MailchimpOnly));
    }

    [Fact]
    public void Add_InactiveRecordStillTagged_Leaves()
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin, mailchimp: Member("ada@example.org"));

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org", s => s with { IsActive = false }));
        var drift = sut.Build();

        // Assert
        Assert.Equal([TestData.Contact(1)], drift.ToLeave);
        Assert.Equal(1, drift.MailchimpOnly);
    }

    [Fact]
    public void Add_OptedOutInCrmSubscribedInMailchimp_IsAStatusMismatchToResend()
    {
        // Arrange
        var (sut, _) = CreateSut(Newsletter, mailchimp: Member("ada@example.org"));

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org", s => s with { DoNotBulkEmail = true }));
        var drift = sut.Build();

        // Assert
        Assert.Equal(1, drift.StatusMismatch);
        Assert.Equal([TestData.Contact(1)], drift.ToResend);
        Assert.Contains("donotbulkemail", Assert.Single(drift.Samples).Detail);
    }

    [Fact]
    public void Add_UnsubscribedInMailchimpNotYetInCrm_IsAStatusMismatchLeftToThePull()
    {
        // Arrange
        var (sut, _) = CreateSut(Newsletter, mailchimp: Member("ada@example.org", MemberStatus.Unsubscribed));

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org"));
        var drift = sut.Build();

        // Assert
        Assert.Equal(1, drift.StatusMismatch);
        Assert.Empty(drift.ToResend);
    }

    [Fact]
    public void Add_MergeFieldDiffers_IsAFieldMismatchNamingTheTag()
    {
        // Arrange
        var (sut, _) = CreateSut(Newsletter, compareFields: true, Member("ada@example.org", first: "Augusta"));

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org"));
        var drift = sut.Build();

        // Assert
        Assert.Equal(1, drift.FieldMismatch);
        Assert.Equal([TestData.Contact(1)], drift.ToResend);
        Assert.StartsWith("FNAME: CRM 'Ada', Mailchimp 'Augusta'", Assert.Single(drift.Samples).Detail);
    }

    [Fact]
    public void Add_FieldsNotCompared_IgnoresMergeFields()
    {
        // Arrange
        var (sut, _) = CreateSut(Newsletter, compareFields: false, Member("ada@example.org", first: "Augusta"));

        // Act
        sut.Add(TestData.Snapshot(TestData.Contact(1), "ada@example.org"));
        var drift = sut.Build();

        // Assert
        Assert.True(drift.IsClean);
    }

    [Fact]
    public void Build_ManyDifferences_KeepsAtMostTheSampleSizePerKind()
    {
        // Arrange
        var (sut, _) = CreateSut(Berlin);

        // Act
        for (var n = 1; n <= 20; n++)
        {
            sut.Add(TestData.Snapshot(TestData.Contact(n), $"p{n}@example.org"));
        }

        var drift = sut.Build();

        // Assert
        Assert.Equal(20, drift.CrmOnly);
        Assert.Equal(5, drift.Samples.Count);
    }
}
