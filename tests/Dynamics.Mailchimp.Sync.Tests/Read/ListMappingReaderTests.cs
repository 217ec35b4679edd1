using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary><see cref="Sync.Read.DataverseRecordReader.ReadListMappingsAsync"/> against the seeded Dataverse sandbox.</summary>
public sealed class ListMappingReaderTests
{
    private const int ContactType = 2;
    private const int LeadType = 4;

    [Fact]
    public async Task ReadListMappingsAsync_SeededSyncedList_IsSyncingToTheWholeAudience()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync([], CancellationToken.None);

        // Assert
        var list = Assert.Single(mappings.Syncing);
        Assert.Equal(host.Seed.ListId, list.ListId);
        Assert.Equal("Newsletter (Mailchimp)", list.Name);
        Assert.Equal(TableNames.Contact, list.MemberTable);
        Assert.Equal(host.Seed.AudienceId, list.AudienceId);
        Assert.Equal(ListTarget.Audience, list.Target);
        Assert.False(list.UpdateOnly);
    }

    [Fact]
    public async Task ReadListMappingsAsync_TagAndInterestLists_CarryTheirTargetsAndUpdateOnly()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var tag = host.CreateList("VIP leads", LeadType, syncEnabled: true, ListMappingTypes.Tag, "a1b2c3d4e5", tagName: "VIP", updateOnly: true);
        var interest = host.CreateList("Coffee lovers", ContactType, syncEnabled: true, ListMappingTypes.Interest, "a1b2c3d4e5", interestId: "9f8e7d");

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync([], CancellationToken.None);

        // Assert
        var tagList = mappings.FindSyncing(tag)!;
        Assert.Equal(ListTarget.Tag("VIP"), tagList.Target);
        Assert.Equal(TableNames.Lead, tagList.MemberTable);
        Assert.True(tagList.UpdateOnly);
        Assert.Equal(ListTarget.Interest("9f8e7d"), mappings.FindSyncing(interest)!.Target);
    }

    [Fact]
    public async Task ReadListMappingsAsync_DynamicListWithoutMappingType_IsTheTagNamedAfterIt()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateDynamicContactList("Berlin", "<fetch><entity name='contact'><attribute name='contactid' /></entity></fetch>", mappingType: null, exitAction: ListExitActions.Archive);

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync([], CancellationToken.None);

        // Assert
        var dynamic = mappings.FindSyncing(list)!;
        Assert.True(dynamic.IsDynamic);
        Assert.Equal(ListTarget.Tag("Berlin"), dynamic.Target);
        Assert.Equal(ListExitAction.Archive, dynamic.ExitAction);
    }

    [Fact]
    public async Task ReadListMappingsAsync_StaticTagList_RemovesTheTagOnExitByDefault()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateList("VIP", ContactType, syncEnabled: true, ListMappingTypes.Tag, "a1b2c3d4e5", tagName: "VIP");

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync([], CancellationToken.None);

        // Assert
        var tag = mappings.FindSyncing(list)!;
        Assert.False(tag.IsDynamic);
        Assert.Equal(ListExitAction.RemoveFromTarget, tag.ExitAction);
    }

    [Fact]
    public async Task ReadListMappingsAsync_UnsyncedLists_OnlyNamedOnesReadAndNotSyncing()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var named = host.CreateList("Old newsletter", ContactType, syncEnabled: false, ListMappingTypes.Audience, "a1b2c3d4e5");
        var other = host.CreateList("Event invitees", ContactType, syncEnabled: false, null, null);

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync([named], CancellationToken.None);

        // Assert
        Assert.False(mappings.Find(named)!.IsSyncing);
        Assert.Null(mappings.FindSyncing(named));
        Assert.Null(mappings.Find(other));
    }

    [Fact]
    public async Task ReadListMappingsAsync_InactiveSyncedList_IsNotSyncing()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateList("Spring campaign", ContactType, syncEnabled: true, ListMappingTypes.Audience, "a1b2c3d4e5");
        host.Service.Update(new Entity(TableNames.List, list) { [ListFields.StateCode] = new OptionSetValue(1) });

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync([], CancellationToken.None);

        // Assert
        Assert.False(mappings.Find(list)!.IsSyncing);
    }

    [Fact]
    public async Task ReadListMappingsAsync_SyncedListWithoutMappingType_HasNoTargetAndIsNotInSyncing()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var list = host.CreateList("Half configured", ContactType, syncEnabled: true, null, "a1b2c3d4e5");

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync([], CancellationToken.None);

        // Assert
        var mapping = mappings.Find(list)!;
        Assert.Null(mapping.Target);
        Assert.True(mapping.IsSyncing);
        Assert.Contains("dmc_mappingtype", ListMappingCheck.FindProblem(mapping));
        Assert.Null(mappings.FindSyncing(list));
    }

    [Fact]
    public async Task ReadListMappingsAsync_SyncingAndNamedLists_OneCall()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var named = Enumerable.Range(1, 5).Select(i => host.CreateList($"Archive {i}", ContactType, false, null, null)).ToArray();
        host.Sandbox.ClearRequests();

        // Act
        var mappings = await host.CreateSut().ReadListMappingsAsync(named, CancellationToken.None);

        // Assert
        Assert.All(named, id => Assert.NotNull(mappings.Find(id)));
        Assert.Equal(1, host.Calls);
    }
}
