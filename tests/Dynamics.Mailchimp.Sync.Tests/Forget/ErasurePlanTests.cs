using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Forget;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Forget;

/// <summary>The Dataverse side of an erasure, decided from what was read (pure).</summary>
public sealed class ErasurePlanTests
{
    private const string Email = "ada@contoso.com";
    private static readonly ErasedAddress Address = ErasedAddress.Parse(Email);

    private static FoundRow Queue(int n, int state, string? email = Email, string? previous = null, string? outcome = null) => new(
        ForgetTarget.QueueRow,
        TestData.Id(n),
        "W/\"7\"",
        new Dictionary<string, string?>
        {
            [QueueItemFields.Email] = email,
            [QueueItemFields.PreviousEmail] = previous,
            [QueueItemFields.Payload] = null,
            [QueueItemFields.Name] = "MemberChanged: contact 1",
            [QueueItemFields.LastError] = null,
            [QueueItemFields.Outcome] = outcome,
        },
        state);

    private static IReadOnlyList<ErasureWrite> CreateSutAndPlan(params FoundRow[] queue) => CreateSutAndPlan(queue, [], []);

    private static IReadOnlyList<ErasureWrite> CreateSutAndPlan(IReadOnlyList<FoundRow> queue, IReadOnlyList<FoundRow> consent, IReadOnlyList<FoundRecord> records) =>
        ErasurePlan.Plan(Address, new ErasureFindings(queue, consent, records, []), TestData.Now);

    [Fact]
    public void Plan_PendingRowForTheAddress_EmailClearedAndSkippedNamingTheErasure()
    {
        // Arrange / Act
        var write = Assert.Single(CreateSutAndPlan(Queue(1, QueueItemStates.Pending)));

        // Assert
        Assert.Equal((ForgetTarget.QueueRow, "W/\"7\""), (write.Target, write.ETag));
        Assert.True(write.Changes.ContainsKey(QueueItemFields.Email));
        Assert.Null(write.Changes[QueueItemFields.Email]);
        Assert.Equal(QueueItemStates.Skipped, write.Changes[QueueItemFields.State]!.GetValue<int>());
        var outcome = write.Changes[QueueItemFields.Outcome]!.GetValue<string>();
        Assert.StartsWith("DeletedInMailchimp: GDPR erasure", outcome, StringComparison.Ordinal);
        Assert.Contains(Address.Hash, outcome, StringComparison.Ordinal);
        Assert.False(Address.IsIn(write.Changes.ToJsonString()));
    }

    [Fact]
    public void Plan_DoneRowWithTheAddressInItsOutcome_ScrubbedStateKept()
    {
        // Arrange
        var row = Queue(1, QueueItemStates.Done, outcome: "contact 1 (ADA@contoso.com) upserted: subscribed");

        // Act
        var write = Assert.Single(CreateSutAndPlan(row));

        // Assert
        Assert.False(write.Changes.ContainsKey(QueueItemFields.State));
        Assert.Equal($"contact 1 ({Address.Hash}) upserted: subscribed", write.Changes[QueueItemFields.Outcome]!.GetValue<string>());
        Assert.Null(write.Changes[QueueItemFields.Email]);
    }

    [Fact]
    public void Plan_PendingRenameAwayFromTheAddress_OnlyPreviousEmailCleared()
    {
        // Arrange: the record moved to a new address; the row still sends the new one.
        var row = Queue(1, QueueItemStates.Pending, email: "ada.l@contoso.com", previous: Email);

        // Act
        var write = Assert.Single(CreateSutAndPlan(row));

        // Assert
        Assert.Equal([QueueItemFields.PreviousEmail], write.Changes.Select(pair => pair.Key));
    }

    private static FoundRow Activity(int state, string? email = Email, string? url = null) => new(
        ForgetTarget.EmailActivity,
        TestData.Id(3),
        "W/\"9\"",
        new Dictionary<string, string?>
        {
            [ActivityNames.EmailAddress] = email,
            [ActivityNames.ActivitySubject] = "Click: Spring news",
            [ActivityNames.Url] = url,
            [ActivityNames.Detail] = null,
        },
        state,
        state == ActivityNames.Completed ? ActivityNames.CompletedStatus : ForgetNames.ActivityOpenStatus);

    private static ErasureWrite? PlanActivity(FoundRow row) =>
        ErasurePlan.Plan(Address, new ErasureFindings([], [], [], [row]), TestData.Now).SingleOrDefault();

    [Fact]
    public void Plan_CompletedEmailActivity_AddressClearedUrlScrubbedAndClosedAgain()
    {
        // Arrange: a click on a link that carries the address in its query.
        var row = Activity(ActivityNames.Completed, "Ada@Contoso.com", "https://contoso.com/spring?e=ada@contoso.com");

        // Act
        var write = PlanActivity(row);

        // Assert: the subject holds no address and is left alone; the row was completed, so it is closed again as read.
        Assert.NotNull(write);
        Assert.Equal((ForgetTarget.EmailActivity, ActivityNames.ActivitySet, "W/\"9\""), (write.Target, write.EntitySet, write.ETag));
        Assert.Equal([ActivityNames.EmailAddress, ActivityNames.Url], write.Changes.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Null(write.Changes[ActivityNames.EmailAddress]);
        Assert.Equal($"https://contoso.com/spring?e={Address.Hash}", write.Changes[ActivityNames.Url]!.GetValue<string>());
        Assert.Equal((ActivityNames.Completed, ActivityNames.CompletedStatus), (write.Reclose![ActivityNames.StateCode]!.GetValue<int>(), write.Reclose[ActivityNames.StatusCode]!.GetValue<int>()));
    }

    [Fact]
    public void Plan_OpenEmailActivity_WrittenWithoutReopening()
    {
        // Arrange / Act
        var write = PlanActivity(Activity(ForgetNames.ActivityOpen));

        // Assert
        Assert.NotNull(write);
        Assert.Null(write.Reclose);
    }

    [Fact]
    public void Plan_EmailActivityAlreadyCleared_NoWrite()
    {
        // Arrange / Act: a second run finds the row only through the hash it now holds, never the address.
        var write = PlanActivity(Activity(ActivityNames.Completed, email: null, url: $"https://contoso.com/spring?e={Address.Hash}"));

        // Assert
        Assert.Null(write);
    }

    [Fact]
    public void Plan_ConsentRowText_AddressReplacedByHashOtherColumnsUntouched()
    {
        // Arrange
        var row = new FoundRow(ForgetTarget.ConsentEvent, TestData.Id(2), null, new Dictionary<string, string?>
        {
            [PullNames.Name] = "contact 1: donotbulkemail false → true",
            [PullNames.OldValue] = "false",
            [PullNames.NewValue] = "true",
            [PullNames.Reason] = "ada@contoso.com unsubscribed in audience aud00001",
        });

        // Act
        var write = Assert.Single(CreateSutAndPlan([], [row], []));

        // Assert
        Assert.Equal("*", write.ETag);
        Assert.Equal([PullNames.Reason], write.Changes.Select(pair => pair.Key));
        Assert.Equal($"{Address.Hash} unsubscribed in audience aud00001", write.Changes[PullNames.Reason]!.GetValue<string>());
    }

    [Fact]
    public void Plan_RecordWithTheAddress_MemberIdClearedStatusDeleted()
    {
        // Arrange
        var record = new FoundRecord(TestData.Contact(1), null, HasAddress: true, Address.MemberId, 100000000);

        // Act
        var write = Assert.Single(CreateSutAndPlan([], [], [record]));

        // Assert
        Assert.Equal((ForgetTarget.Record, "contacts"), (write.Target, write.EntitySet));
        Assert.Null(write.Changes[MemberFields.MailchimpMemberId]);
        Assert.Equal(MailchimpStatusOptions.Deleted, write.Changes[MemberFields.MailchimpStatus]!.GetValue<int>());
        Assert.False(write.Changes.ContainsKey(MemberFields.EmailAddress1));
    }

    [Fact]
    public void Plan_RecordThatOnlyStoredTheMemberId_IdAndStatusCleared()
    {
        // Arrange: its address changed since the member id was stored.
        var record = new FoundRecord(TestData.Lead(3), null, HasAddress: false, Address.MemberId, 100000000);

        // Act
        var write = Assert.Single(CreateSutAndPlan([], [], [record]));

        // Assert
        Assert.Equal("leads", write.EntitySet);
        Assert.Null(write.Changes[MemberFields.MailchimpStatus]);
    }

    [Fact]
    public void Plan_EverythingAlreadyErased_NoWrite()
    {
        // Arrange: the state a first run leaves (second run).
        var record = new FoundRecord(TestData.Contact(1), null, HasAddress: true, MemberId: null, MailchimpStatusOptions.Deleted);

        // Act
        var writes = CreateSutAndPlan([], [], [record]);

        // Assert
        Assert.Empty(writes);
    }
}
