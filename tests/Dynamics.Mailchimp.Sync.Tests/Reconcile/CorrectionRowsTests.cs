using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Reconcile;

public sealed class CorrectionRowsTests
{
    private static readonly ListMapping Berlin = TestData.TagList(1, "Berlin");
    private static readonly Guid Run = Guid.Parse("99999999-0000-0000-0000-000000000001");

    private static RecordRef[] Contacts(int count, int from = 1) => Enumerable.Range(from, count).Select(TestData.Contact).ToArray();

    [Fact]
    public void For_JoinsAndLeaves_BulkRowsOfAtMost5000LeavesFirst()
    {
        // Arrange
        var drift = new ListDrift { List = Berlin, ToJoin = Contacts(12_000), ToLeave = Contacts(3, from: 20_000) };

        // Act
        var rows = CorrectionRows.For(drift, Run, TestData.Now.UtcDateTime);

        // Assert
        Assert.Equal(
            [QueueItemKinds.ListMembersRemoved, QueueItemKinds.ListMembersAdded, QueueItemKinds.ListMembersAdded, QueueItemKinds.ListMembersAdded],
            rows.Select(r => (int)r[QueueItemFields.Kind]!));
        Assert.Equal([3, 5000, 5000, 2000], rows.Select(r => (int)r[QueueItemFields.MemberCount]!));
        Assert.All(rows, r => Assert.Equal(Berlin.ListId.ToString("D"), (string)r[QueueItemFields.ListId]!));
        Assert.All(rows, r => Assert.Equal(QueueItemStates.Pending, (int)r[QueueItemFields.State]!));
        Assert.All(rows, r => Assert.Equal(Run.ToString("D"), (string)r[QueueItemFields.CorrelationId]!));
    }

    [Fact]
    public void For_FewResends_OneMemberChangedRowEach()
    {
        // Arrange
        var drift = new ListDrift { List = Berlin, ToResend = Contacts(2) };

        // Act
        var rows = CorrectionRows.For(drift, Run, TestData.Now.UtcDateTime);

        // Assert
        Assert.All(rows, r => Assert.Equal(QueueItemKinds.MemberChanged, (int)r[QueueItemFields.Kind]!));
        Assert.Equal(Contacts(2).Select(c => c.Id.ToString("D")), rows.Select(r => (string)r[QueueItemFields.TargetId]!));
    }

    [Fact]
    public void For_ManyResends_OneRowReevaluatesTheWholeList()
    {
        // Arrange
        var drift = new ListDrift { List = Berlin, ToResend = Contacts(CorrectionRows.ResendsPerList + 1) };

        // Act
        var row = Assert.Single(CorrectionRows.For(drift, Run, TestData.Now.UtcDateTime));

        // Assert
        Assert.Equal(QueueItemKinds.ListMembersChanged, (int)row[QueueItemFields.Kind]!);
    }

    [Fact]
    public void For_MoreThanAnEventNumbers_SequencesStayIncreasingAndDistinct()
    {
        // Arrange: 1,000 re-sends (a row each) and one join: 1,001 rows, more than one event numbers.
        var drift = new ListDrift { List = Berlin, ToResend = Contacts(CorrectionRows.ResendsPerList), ToJoin = Contacts(1, from: 50_000) };

        // Act
        var sequences = CorrectionRows.For(drift, Run, TestData.Now.UtcDateTime).Select(r => (long)r[QueueItemFields.Sequence]!).ToArray();

        // Assert
        Assert.Equal(CorrectionRows.ResendsPerList + 1, sequences.Length);
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Length, sequences.Distinct().Count());
    }
}
