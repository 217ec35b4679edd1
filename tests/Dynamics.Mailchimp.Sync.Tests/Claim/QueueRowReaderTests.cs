using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>Reading one Web API row as a <see cref="QueueRow"/>.</summary>
public sealed class QueueRowReaderTests
{
    private static readonly Guid RowId = Guid.Parse("9d8e0000-0000-0000-0000-000000000001");

    private static JsonElement Json(string columns) =>
        JsonDocument.Parse($$"""{"@odata.etag":"W/\"7\"","{{QueueItemFields.QueueItemId}}":"{{RowId:D}}",{{columns}}}""").RootElement;

    [Fact]
    public void TryRead_BulkMembershipRow_SplitsMemberIdsAndTrimsThem()
    {
        // Arrange
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var list = Guid.NewGuid();
        var json = Json($$"""
            "dmc_kind":{{QueueItemKinds.ListMembersAdded}},"dmc_targettable":"contact","dmc_listid":"{{list:D}}",
            "dmc_memberids":"{{a:D}}, {{b:D}}","dmc_sequence":42,"dmc_attempts":null
            """);

        // Act
        var read = QueueRowReader.TryRead(json, out var row, out var failure);

        // Assert
        Assert.True(read);
        Assert.Null(failure);
        Assert.Equal(QueueRowKind.ListMembersAdded, row!.Kind);
        Assert.Equal([a, b], row.MemberIds);
        Assert.Equal(list, row.ListId);
        Assert.Null(row.TargetId);
        Assert.Equal(42, row.Sequence);
        Assert.Equal(0, row.Attempts);
    }

    [Fact]
    public void TryRead_ChangeRow_SplitsChangedColumns()
    {
        // Arrange
        var json = Json($$"""
            "dmc_kind":{{QueueItemKinds.MemberChanged}},"dmc_targettable":"lead","dmc_targetid":"{{Guid.NewGuid():D}}",
            "dmc_changedcolumns":"firstname,emailaddress1","dmc_email":"ada@contoso.com","dmc_previousemail":"ada@old.contoso.com",
            "dmc_sequence":7,"dmc_attempts":3
            """);

        // Act
        QueueRowReader.TryRead(json, out var row, out _);

        // Assert
        Assert.Equal(["firstname", "emailaddress1"], row!.ChangedColumns);
        Assert.Equal("ada@old.contoso.com", row.PreviousEmail);
        Assert.Equal(3, row.Attempts);
    }

    [Fact]
    public void TryRead_TargetIdNotAGuid_FailedOutcomeNamingRowAndColumn()
    {
        // Arrange
        var json = Json($$"""
            "dmc_kind":{{QueueItemKinds.MemberChanged}},"dmc_targettable":"contact","dmc_targetid":"contact-7","dmc_sequence":7
            """);

        // Act
        var read = QueueRowReader.TryRead(json, out var row, out var failure);

        // Assert
        Assert.False(read);
        Assert.Null(row);
        Assert.Equal(RowId, failure!.RowId);
        Assert.Equal(SkipCode.UnreadableRow, failure.Reason.Code);
        Assert.Contains($"queue row {RowId:D}", failure.Reason.Text, StringComparison.Ordinal);
        Assert.Contains(QueueItemFields.TargetId, failure.Reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_ListDeletedRowWithPayload_CarriesTheDeletedListsMappingAndFormerMembers()
    {
        // Arrange
        var list = Guid.NewGuid();
        var member = Guid.NewGuid();
        var json = Json($$"""
            "dmc_kind":{{QueueItemKinds.ListDeleted}},"dmc_targettable":"contact","dmc_listid":"{{list:D}}","dmc_memberids":"{{member:D}}",
            "dmc_payload":"{\"listName\":\"Gala\",\"mappingType\":100000001,\"audienceId\":\"aud1\",\"tagName\":\"Gala 2026\",\"updateOnly\":false,\"membersCaptured\":true}",
            "dmc_sequence":9
            """);

        // Act
        QueueRowReader.TryRead(json, out var row, out _);

        // Assert
        var mapping = row!.DeletedList!.Mapping;
        Assert.Equal((list, "Gala", TableNames.Contact, "aud1", ListTarget.Tag("Gala 2026"), false), (mapping.ListId, mapping.Name, mapping.MemberTable, mapping.AudienceId, mapping.Target, mapping.IsSyncing));
        Assert.True(row.DeletedList.MembersCaptured);
        Assert.Equal([member], row.MemberIds);
    }

    [Fact]
    public void TryRead_ListDeletedRowWithoutPayload_HasNoDeletedList()
    {
        // Arrange
        var list = Guid.NewGuid();
        var json = Json($$"""
            "dmc_kind":{{QueueItemKinds.ListDeleted}},"dmc_targettable":"list","dmc_targetid":"{{list:D}}","dmc_listid":"{{list:D}}","dmc_sequence":9
            """);

        // Act
        QueueRowReader.TryRead(json, out var row, out _);

        // Assert
        Assert.Null(row!.DeletedList);
    }

    [Fact]
    public void TryRead_ListDeletedRowWithBrokenPayload_FailedOutcomeNamingTheColumn()
    {
        // Arrange
        var json = Json($$"""
            "dmc_kind":{{QueueItemKinds.ListDeleted}},"dmc_targettable":"contact","dmc_listid":"{{Guid.NewGuid():D}}","dmc_payload":"{not json","dmc_sequence":9
            """);

        // Act
        var read = QueueRowReader.TryRead(json, out _, out var failure);

        // Assert
        Assert.False(read);
        Assert.Contains(QueueItemFields.Payload, failure!.Reason.Text, StringComparison.Ordinal);
    }
}
