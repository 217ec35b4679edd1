using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Tests.Support;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Plugins;

public sealed class ListDeletedPluginTests
{
    private static (OrganizationFixture Org, Guid List) CreateSut(bool synced = true, bool dynamic = false)
    {
        var org = new OrganizationFixture();
        var list = org.List(synced, dynamic: dynamic);
        org.Seeding.Update(new Entity(TableNames.List, list)
        {
            [ListFields.MappingType] = new OptionSetValue(100000001),
            [ListFields.TagName] = "VIP",
        });
        return (org, list);
    }

    private static JsonElement Payload(Entity row) => JsonDocument.Parse(row.GetAttributeValue<string>(QueueItemFields.Payload)).RootElement;

    [Fact]
    public void Delete_SyncedTagList_QueuesItsMappingAndFormerMembersReadBeforeTheCascade()
    {
        // Arrange
        var (org, list) = CreateSut();
        Guid[] members = [org.Contact("ada@example.org"), org.Contact("grace@example.org")];
        foreach (var member in members)
        {
            org.AddToList(list, member);
        }

        // Act
        org.Service.Delete(TableNames.List, list);

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(QueueItemKinds.ListDeleted, row.GetAttributeValue<OptionSetValue>(QueueItemFields.Kind).Value);
        Assert.Equal(list.ToString("D"), row.GetAttributeValue<string>(QueueItemFields.ListId));
        Assert.Equal(TableNames.Contact, row.GetAttributeValue<string>(QueueItemFields.TargetTable));
        Assert.Equal(members.Select(m => m.ToString("D")).Order(), row.GetAttributeValue<string>(QueueItemFields.MemberIds).Split(',').Order());
        var payload = Payload(row);
        Assert.Equal("a1b2c3d4e5", payload.GetProperty(DeletedListPayloadFields.AudienceId).GetString());
        Assert.Equal(100000001, payload.GetProperty(DeletedListPayloadFields.MappingType).GetInt32());
        Assert.Equal("VIP", payload.GetProperty(DeletedListPayloadFields.TagName).GetString());
        Assert.True(payload.GetProperty(DeletedListPayloadFields.MembersCaptured).GetBoolean());
        var execution = org.LastExecution(nameof(ListDeletedPlugin));
        Assert.Equal((1, 1), (execution.Reads, execution.Writes));
        Assert.Equal(0, org.Organization.Count(TableNames.ListMember));
    }

    [Fact]
    public void Delete_SyncedListOfMoreThanOnePage_CapturesEveryMember()
    {
        // Arrange
        var (org, list) = CreateSut();
        var members = Enumerable.Range(0, 5001).Select(i => org.Contact($"m{i}@example.org")).ToArray();
        org.Seeding.Execute(new AddListMembersListRequest { ListId = list, MemberIds = members });

        // Act
        org.Service.Delete(TableNames.List, list);

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.Equal(5001, row.GetAttributeValue<int>(QueueItemFields.MemberCount));
        Assert.Equal(2, org.LastExecution(nameof(ListDeletedPlugin)).Reads);
    }

    [Fact]
    public void Delete_SyncedDynamicList_QueuesTheMappingWithoutReadingMembers()
    {
        // Arrange
        var (org, list) = CreateSut(dynamic: true);

        // Act
        org.Service.Delete(TableNames.List, list);

        // Assert
        var row = Assert.Single(org.QueueRows);
        Assert.False(Payload(row).GetProperty(DeletedListPayloadFields.MembersCaptured).GetBoolean());
        Assert.Contains("dynamic", Payload(row).GetProperty(DeletedListPayloadFields.NotCapturedReason).GetString(), StringComparison.Ordinal);
        Assert.Equal(0, org.LastExecution(nameof(ListDeletedPlugin)).Reads);
    }

    [Fact]
    public void Delete_UnsyncedList_QueuesNothingAndReadsNothing()
    {
        // Arrange
        var (org, list) = CreateSut(synced: false);
        org.AddToList(list, org.Contact());

        // Act
        org.Service.Delete(TableNames.List, list);

        // Assert
        Assert.Empty(org.QueueRows);
        Assert.Equal(0, org.LastExecution(nameof(ListDeletedPlugin)).Reads);
    }
}
