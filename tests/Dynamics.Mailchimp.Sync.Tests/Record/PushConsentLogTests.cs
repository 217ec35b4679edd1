using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Record;

/// <summary>
/// The push's consent log (issue #10: "every consent change the job makes, in either direction, is also written as a
/// consent event row … source (Mailchimp, CRM)"): which of Mailchimp's answers log a CRM event, on which row.
/// </summary>
public sealed class PushConsentLogTests
{
    private const string Email = "ada@contoso.com";
    private static readonly RecordRef Ada = TestData.Contact(1);
    private static readonly RecordRef AdaLead = TestData.Lead(2);

    private static MemberPlan OptOut() => new()
    {
        AudienceId = TestData.Audience,
        Email = Email,
        RowIds = [TestData.RowId(1)],
        Records = [Ada, AdaLead],
        Removal = new Removal(RemovalKind.Unsubscribe, Email, $"{Ada} (donotbulkemail) opted out in Dynamics"),
    };

    private static MemberPlan Rejoin(MemberStatus? status) => new()
    {
        AudienceId = TestData.Audience,
        Email = Email,
        RowIds = [TestData.RowId(1)],
        Records = [Ada],
        Upsert = new UpsertPlan { Email = Email, StatusIfNew = MemberStatus.Subscribed, Status = status },
    };

    private static MemberSnapshot Stored(RecordRef record, MemberStatus? status, bool deleted = false) =>
        TestData.Snapshot(record, Email, s => s with { StoredStatus = status, StoredDeleted = deleted, StoredMemberId = SubscriberHash.Compute(Email) });

    private static Settlement CreateSutAndAttach(PlanResult result, params MemberSnapshot[] snapshots)
    {
        var settled = RowSettlement.Settle([TestData.MemberChanged(1, Ada, Email)], [], [result.Plan], [result], TestData.Now);
        return PushConsentLog.Attach(settled, [result], snapshots, TestData.Now);
    }

    [Fact]
    public void Attach_CrmOptOutConfirmedUnsubscribed_OneCrmEventPerRecordOnTheRow()
    {
        // Arrange
        var plan = OptOut();
        var result = new PlanResult(plan, PlanResultKind.Confirmed, MemberStatus.Unsubscribed, SubscriberHash.Compute(Email), null);

        // Act
        var settled = CreateSutAndAttach(result, Stored(Ada, MemberStatus.Subscribed), Stored(AdaLead, MemberStatus.Subscribed));

        // Assert
        var events = Assert.Single(settled.Rows).ConsentEvents;
        Assert.Equal([Ada, AdaLead], events.Select(e => e.Record));
        Assert.All(events, e =>
        {
            Assert.Equal(ConsentSource.Crm, e.Source);
            Assert.Equal(MemberFields.MailchimpStatus, e.Field);
            Assert.Equal("subscribed", e.OldValue);
            Assert.Equal("unsubscribed", e.NewValue);
            Assert.Equal(MemberStatus.Unsubscribed, e.MailchimpStatus);
            Assert.Contains("opted out in Dynamics", e.Reason, StringComparison.Ordinal);
            Assert.Equal(SubscriberHash.Compute(Email), e.MemberId);
        });
    }

    [Fact]
    public void Attach_RepermissionConfirmedPending_LogsThePendingRequest()
    {
        // Arrange
        var result = new PlanResult(Rejoin(MemberStatus.Pending), PlanResultKind.Confirmed, MemberStatus.Pending, SubscriberHash.Compute(Email), null);

        // Act
        var settled = CreateSutAndAttach(result, Stored(Ada, MemberStatus.Unsubscribed));

        // Assert
        var consentEvent = Assert.Single(Assert.Single(settled.Rows).ConsentEvents);
        Assert.Equal(("unsubscribed", "pending"), (consentEvent.OldValue, consentEvent.NewValue));
        Assert.Contains("Re-permission", consentEvent.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_ResubscribeKeptUnsubscribedByMailchimp_LogsTheRefusal()
    {
        // Arrange: the record was archived; Mailchimp keeps the member unsubscribed (compliance).
        var detail = $"Mailchimp kept {Email} unsubscribed in audience {TestData.Audience}: a member who opted out cannot be re-subscribed by the API (compliance).";
        var result = new PlanResult(Rejoin(MemberStatus.Subscribed), PlanResultKind.Refused, MemberStatus.Unsubscribed, SubscriberHash.Compute(Email), detail);

        // Act
        var settled = CreateSutAndAttach(result, Stored(Ada, MemberStatus.Archived));

        // Assert
        var consentEvent = Assert.Single(Assert.Single(settled.Rows).ConsentEvents);
        Assert.Equal(("archived", "unsubscribed"), (consentEvent.OldValue, consentEvent.NewValue));
        Assert.Equal(detail, consentEvent.Reason);
    }

    [Fact]
    public void Attach_ComplianceStateWithoutStatus_LogsRefusedWithMailchimpsText()
    {
        // Arrange: batch subscribe's ERROR_GENERIC item (ibericode/mailchimp-for-wordpress#798, reference [M42]).
        var detail = $"Mailchimp refused {Email} in audience {TestData.Audience}: {Email} is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed.";
        var result = new PlanResult(Rejoin(MemberStatus.Subscribed), PlanResultKind.Refused, null, SubscriberHash.Compute(Email), detail);

        // Act
        var settled = CreateSutAndAttach(result, Stored(Ada, MemberStatus.Archived));

        // Assert
        var consentEvent = Assert.Single(Assert.Single(settled.Rows).ConsentEvents);
        Assert.Equal(PullNames.RefusedValue, consentEvent.NewValue);
        Assert.Null(consentEvent.MailchimpStatus);
        Assert.Equal(detail, consentEvent.Reason);
    }

    [Fact]
    public void Attach_PermanentlyDeletedAddress_LogsDeleted()
    {
        // Arrange: ibericode/mailchimp-for-wordpress#673 (reference [M41]).
        var detail = $"Mailchimp refused {Email} in audience {TestData.Audience}: {Email} was permanently deleted and cannot be re-imported. The contact must re-subscribe to get back on the list.";
        var result = new PlanResult(Rejoin(null), PlanResultKind.Refused, null, SubscriberHash.Compute(Email), detail);

        // Act
        var settled = CreateSutAndAttach(result, Stored(Ada, MemberStatus.Subscribed));

        // Assert
        var consentEvent = Assert.Single(Assert.Single(settled.Rows).ConsentEvents);
        Assert.Equal(("subscribed", PullNames.DeletedValue), (consentEvent.OldValue, consentEvent.NewValue));
    }

    [Theory]
    [InlineData(MemberStatus.Unsubscribed)]
    [InlineData(null)]
    public void Attach_NoConsentChange_NoEvent(MemberStatus? stored)
    {
        // Arrange: an unsubscribe of a record already stored unsubscribed, or a plain data change confirmed subscribed.
        var result = stored is null
            ? new PlanResult(Rejoin(null), PlanResultKind.Confirmed, MemberStatus.Subscribed, SubscriberHash.Compute(Email), null)
            : new PlanResult(OptOut() with { Records = [Ada] }, PlanResultKind.Confirmed, MemberStatus.Unsubscribed, SubscriberHash.Compute(Email), null);

        // Act
        var settled = CreateSutAndAttach(result, Stored(Ada, stored));

        // Assert
        Assert.Empty(Assert.Single(settled.Rows).ConsentEvents);
    }

    [Fact]
    public void Attach_UpdateOnlyNotCreated_NoEvent()
    {
        // Arrange: a refusal that is not about consent.
        var result = new PlanResult(Rejoin(null), PlanResultKind.Refused, null, null, $"{Email} is not a member of audience {TestData.Audience} and every list that holds it is update-only, so it was not created.");

        // Act
        var settled = CreateSutAndAttach(result, Stored(Ada, null));

        // Assert
        Assert.Empty(Assert.Single(settled.Rows).ConsentEvents);
    }
}
