using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>Splitting a cycle into parts that settle alone exactly as with the whole cycle.</summary>
public sealed class CyclePartsTests
{
    private static QueueRow Row(int n) => TestData.MemberChanged(n, TestData.Contact(n), $"p{n}@contoso.com");

    private static MemberPlan Plan(string email, int[] rows, params RecordRef[] records) => new()
    {
        AudienceId = TestData.Audience,
        Email = email,
        RowIds = [.. rows.Select(TestData.RowId)],
        Records = records,
        Upsert = new UpsertPlan { Email = email, StatusIfNew = MemberStatus.Subscribed },
    };

    private static PlanResult Confirmed(MemberPlan plan, MemberStatus status = MemberStatus.Subscribed) =>
        new(plan, PlanResultKind.Confirmed, status, SubscriberHash.Compute(plan.Email!), null);

    [Fact]
    public void Split_IndependentRows_OnePartEachInReadOrder()
    {
        // Arrange
        var rows = new[] { Row(1), Row(2), Row(3) };
        var plans = new[] { Plan("c@contoso.com", [3], TestData.Contact(3)), Plan("a@contoso.com", [1], TestData.Contact(1)), Plan("b@contoso.com", [2], TestData.Contact(2)) };

        // Act
        var parts = CycleParts.Split(rows, [], plans);

        // Assert
        Assert.Equal([TestData.RowId(1), TestData.RowId(2), TestData.RowId(3)], parts.Select(p => Assert.Single(p.Rows).Id));
        Assert.Equal(["a@contoso.com", "b@contoso.com", "c@contoso.com"], parts.Select(p => Assert.Single(p.Plans).Email));
        Assert.All(parts, p => Assert.Equal(1, p.SentPlans));
    }

    [Fact]
    public void Split_RowsSharingAPlanOrARecord_ShareAPart()
    {
        // Arrange: rows 1 and 2 feed one plan; rows 3 and 4 have plans in two audiences behind the same contact.
        var rows = new[] { Row(1), Row(2), Row(3), Row(4), Row(5) };
        var shared = TestData.Contact(34);
        var plans = new[]
        {
            Plan("a@contoso.com", [1, 2], TestData.Contact(1)),
            Plan("c@contoso.com", [3], shared),
            Plan("c@contoso.com", [4], shared) with { AudienceId = "aud00002" },
            Plan("e@contoso.com", [5], TestData.Contact(5)) with { Skip = new SkipReason(SkipCode.NoEmail, "no address") },
        };

        // Act
        var parts = CycleParts.Split(rows, [], plans);

        // Assert
        Assert.Equal(3, parts.Count);
        Assert.Equal([TestData.RowId(1), TestData.RowId(2)], parts[0].Rows.Select(r => r.Id));
        Assert.Equal([TestData.RowId(3), TestData.RowId(4)], parts[1].Rows.Select(r => r.Id));
        Assert.Equal(2, parts[1].SentPlans);
        Assert.Equal(0, parts[2].SentPlans);
    }

    [Fact]
    public void Split_RowThatCouldNotBeRead_IsAPartOfItsOwnWithItsOutcome()
    {
        // Arrange
        var unreadable = new RowOutcome(TestData.RowId(9), RowOutcomeKind.Failed, new SkipReason(SkipCode.UnreadableRow, "row 9 has no payload"));

        // Act
        var parts = CycleParts.Split([Row(1)], [unreadable], [Plan("a@contoso.com", [1], TestData.Contact(1))]);

        // Assert
        Assert.Equal(2, parts.Count);
        Assert.Empty(parts[1].Rows);
        Assert.Same(unreadable, Assert.Single(parts[1].Outcomes));
    }

    [Fact]
    public void Split_EachPartSettledAlone_EqualsTheWholeCycleSettledAtOnce()
    {
        // Arrange: a shared plan, a record in two plans (its status comes from the first), a failure, a skip, and an
        // unsubscribe that logs a consent event.
        var rows = Enumerable.Range(1, 6).Select(Row).ToArray();
        var shared = TestData.Contact(40);
        var plans = new[]
        {
            Plan("a@contoso.com", [1, 2], TestData.Contact(1)),
            Plan("s@contoso.com", [3], shared),
            Plan("s@contoso.com", [4], shared) with { AudienceId = "aud00002" },
            Plan("f@contoso.com", [5], TestData.Contact(5)),
            Plan("u@contoso.com", [6], TestData.Contact(6)) with { Upsert = null, Removal = new Removal(RemovalKind.Unsubscribe, "u@contoso.com", "CRM opt-out") },
        };
        var results = new[]
        {
            Confirmed(plans[0]),
            Confirmed(plans[1], MemberStatus.Pending),
            Confirmed(plans[2], MemberStatus.Subscribed),
            new PlanResult(plans[3], PlanResultKind.Failed, null, null, "f@contoso.com: Invalid Resource"),
            Confirmed(plans[4], MemberStatus.Unsubscribed),
        };
        var snapshots = plans.SelectMany(p => p.Records).Distinct().Select(r => TestData.Snapshot(r, "x@contoso.com", s => s with { StoredStatus = MemberStatus.Subscribed })).ToList();
        Settlement SettleAll(IEnumerable<QueueRow> r, IEnumerable<MemberPlan> p)
        {
            var planList = p.ToList();
            var res = results.Where(x => planList.Contains(x.Plan)).ToList();
            return PushConsentLog.Attach(RowSettlement.Settle([.. r], [], planList, res, TestData.Now), res, snapshots, TestData.Now);
        }

        // Act
        var whole = SettleAll(rows, plans);
        var byPart = CycleParts.Split(rows, [], plans).Select(part => SettleAll(part.Rows, part.Plans)).ToList();

        // Assert
        var partRows = byPart.SelectMany(s => s.Rows).ToList();
        Assert.Equal(whole.Rows.Select(Describe).Order(), partRows.Select(Describe).Order());
        Assert.Equal(whole.Records.Select(r => $"{r.Record} {r.Status}").Order(), byPart.SelectMany(s => s.Records).Select(r => $"{r.Record} {r.Status}").Order());
        Assert.Contains(partRows, r => r.ConsentEvents.Count == 1);
    }

    private static string Describe(RowResult row) => $"{row.RowId} {row.State} {row.Outcome} {row.Error} {row.ConsentEvents.Count}";
}
