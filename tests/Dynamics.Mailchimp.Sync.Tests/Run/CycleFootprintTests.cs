using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Run;
using static Dynamics.Mailchimp.Sync.Tests.Support.TestData;

namespace Dynamics.Mailchimp.Sync.Tests.Run;

/// <summary>Whether two cycles may overlap: they may not share a record nor an address.</summary>
public sealed class CycleFootprintTests
{
    private static readonly ListMapping List = AudienceList(1);

    [Fact]
    public void Overlaps_DifferentRecordsAndAddresses_False()
    {
        // Arrange
        var first = Footprint([Added(1, Contact(1), List)], Snapshot(Contact(1), "ada@contoso.com"));
        var second = Footprint([Added(2, Contact(2), List)], Snapshot(Contact(2), "grace@contoso.com"));

        // Act / Assert
        Assert.False(first.Overlaps(second));
        Assert.False(second.Overlaps(first));
    }

    [Fact]
    public void Overlaps_SameRecord_True()
    {
        // Arrange: the record's address changed between the two reads.
        var first = Footprint([Added(1, Contact(1), List)], Snapshot(Contact(1), "ada@contoso.com"));
        var second = Footprint([Added(2, Contact(1), List)], Snapshot(Contact(1), "ada.lovelace@contoso.com"));

        // Act / Assert
        Assert.True(first.Overlaps(second));
    }

    [Fact]
    public void Overlaps_TwoRecordsOneAddressInAnotherCase_True()
    {
        // Arrange: a contact and a lead with one address are one Mailchimp member.
        var first = Footprint([Added(1, Contact(1), List)], Snapshot(Contact(1), "Ada@Contoso.com"));
        var second = Footprint([Added(2, Lead(2), List)], Snapshot(Lead(2), "ada@contoso.com "));

        // Act / Assert
        Assert.True(first.Overlaps(second));
    }

    [Fact]
    public void Overlaps_PreviousAddressOnTheRow_True()
    {
        // Arrange: the second cycle renames grace@ to ada@, the address the first cycle sends.
        var first = Footprint([Added(1, Contact(1), List)], Snapshot(Contact(1), "ada@contoso.com"));
        var second = Footprint([MemberChanged(2, Contact(2), "ada@contoso.com", "grace@contoso.com")], Snapshot(Contact(2), "ada@contoso.com"));
        var third = Footprint([MemberChanged(3, Contact(3), "joan@contoso.com", "ada@contoso.com")], Snapshot(Contact(3), "joan@contoso.com"));

        // Act / Assert
        Assert.True(first.Overlaps(second));
        Assert.True(first.Overlaps(third));
    }

    [Fact]
    public void Of_DeletedRecordWithoutSnapshot_KeepsItsRecordAndTheRowsAddress()
    {
        // Arrange / Act
        var sut = Footprint([MemberDeleted(1, Contact(9), "gone@contoso.com")]);

        // Assert
        Assert.Contains(Contact(9), sut.Records);
        Assert.Contains("gone@contoso.com", sut.Addresses);
    }

    private static CycleFootprint Footprint(QueueRow[] rows, params MemberSnapshot[] snapshots)
    {
        var works = rows.Select(row => new MemberWork
        {
            AudienceId = Audience,
            Record = new RecordRef(row.TargetTable, row.TargetId ?? row.MemberIds.FirstOrDefault()),
            LastEmail = row.Email,
            FirstPreviousEmail = row.PreviousEmail,
        }).ToArray();
        var inputs = new CycleInputs
        {
            Lists = new ListMappings([List]),
            Index = new MembershipIndex([]),
            Expanded = new ExpandResult([], []),
            Coalesced = new CoalesceResult(works, []),
            Snapshots = snapshots,
            Settings = new Dictionary<string, AudienceSettings>(),
        };
        return CycleFootprint.Of(rows, inputs, []);
    }
}
