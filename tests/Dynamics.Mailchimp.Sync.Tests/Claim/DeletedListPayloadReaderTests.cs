using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Queue;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>The job reads what the list-delete plug-in writes (<see cref="DeletedListPayload"/>).</summary>
public sealed class DeletedListPayloadReaderTests
{
    private static readonly Guid ListId = Guid.Parse("11111111-0000-0000-0000-000000000042");

    [Theory]
    [InlineData(ListMappingTypes.Audience, ListTargetKind.Audience, null)]
    [InlineData(ListMappingTypes.Tag, ListTargetKind.Tag, "Gala \"2026\"")]
    [InlineData(ListMappingTypes.Interest, ListTargetKind.Interest, "int-webinars")]
    public void TryRead_WhatThePluginWrites_RoundTripsEachMappingKind(int mappingType, ListTargetKind kind, string? name)
    {
        // Arrange
        var payload = new DeletedListPayload("Gala", mappingType, "aud1", kind == ListTargetKind.Tag ? name : null, kind == ListTargetKind.Interest ? name : null, updateOnly: true, memberCount: 2, notCapturedReason: null);

        // Act
        var read = DeletedListPayloadReader.TryRead(payload.ToJson(), ListId, TableNames.Lead, out var list);

        // Assert
        Assert.True(read);
        Assert.Equal(new ListTarget(kind, name), list!.Mapping.Target);
        Assert.Equal((ListId, "Gala", TableNames.Lead, "aud1", true, false), (list.Mapping.ListId, list.Mapping.Name, list.Mapping.MemberTable, list.Mapping.AudienceId, list.Mapping.UpdateOnly, list.Mapping.IsSyncing));
        Assert.True(list.MembersCaptured);
    }

    [Fact]
    public void TryRead_MembersNotCaptured_KeepsTheReason()
    {
        // Arrange
        var payload = new DeletedListPayload("Gala", ListMappingTypes.Audience, "aud1", null, null, false, 60_000, "it has 60000 members");

        // Act
        DeletedListPayloadReader.TryRead(payload.ToJson(), ListId, TableNames.Contact, out var list);

        // Assert
        Assert.Equal("it has 60000 members", list!.NotCapturedReason);
    }

    [Fact]
    public void TryRead_NoMappingType_HasNoTarget()
    {
        // Act
        DeletedListPayloadReader.TryRead("""{"audienceId":"aud1","membersCaptured":true}""", ListId, TableNames.Contact, out var list);

        // Assert
        Assert.Null(list!.Mapping.Target);
        Assert.NotNull(ListMappingCheck.FindProblem(list.Mapping));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public void TryRead_NotAJsonObject_IsNotRead(string payload)
    {
        // Act / Assert
        Assert.False(DeletedListPayloadReader.TryRead(payload, ListId, TableNames.Contact, out _));
    }
}
