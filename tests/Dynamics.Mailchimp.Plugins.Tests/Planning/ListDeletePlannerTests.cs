using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Plugins.Queue;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Plugins.Tests.Planning;

public sealed class ListDeletePlannerTests
{
    private static readonly Guid Id = Guid.NewGuid();
    private static readonly EntityReference Target = new(TableNames.List, Id);

    private static Entity PreImage(bool synced = true, int mappingType = 100000001, bool dynamic = false, int? memberCount = 2, int? createdFromCode = 2)
    {
        var image = new Entity(TableNames.List, Id)
        {
            [ListFields.ListName] = "VIP",
            [ListFields.Type] = dynamic,
            [ListFields.SyncEnabled] = synced,
            [ListFields.MappingType] = new OptionSetValue(mappingType),
            [ListFields.AudienceId] = "a1b2c3d4e5",
            [ListFields.TagName] = "VIP",
        };
        if (memberCount is { } count)
        {
            image[ListFields.MemberCount] = count;
        }

        if (createdFromCode is { } code)
        {
            image[ListFields.CreatedFromCode] = new OptionSetValue(code);
        }

        return image;
    }

    private static JsonElement Payload(QueueItem item) => JsonDocument.Parse(item.Payload!).RootElement;

    [Fact]
    public void PlanDelete_NoPreImage_IsSkipped()
    {
        // Act
        var outcome = ListDeletePlanner.PlanDelete(Target, null, () => FormerMembers.Captured([]));

        // Assert
        Assert.True(outcome.IsSkip);
    }

    [Fact]
    public void PlanDelete_UnsyncedList_IsSkipped()
    {
        // Act
        var outcome = ListDeletePlanner.PlanDelete(Target, PreImage(synced: false), () => FormerMembers.Captured([Guid.NewGuid()]));

        // Assert
        Assert.True(outcome.IsSkip);
    }

    [Fact]
    public void PlanDelete_TagList_QueuesMembersOfTheListTypeWithTheMapping()
    {
        // Arrange
        Guid[] members = [Guid.NewGuid(), Guid.NewGuid()];

        // Act
        var outcome = ListDeletePlanner.PlanDelete(Target, PreImage(), () => FormerMembers.Captured(members));

        // Assert
        var item = Assert.Single(outcome.Items);
        Assert.Equal((QueueItemKinds.ListDeleted, TableNames.Contact, Id, Guid.Empty), (item.Kind, item.TargetTable, item.ListId!.Value, item.TargetId));
        Assert.Equal(members, item.MemberIds);
        var payload = Payload(item);
        Assert.Equal(100000001, payload.GetProperty(DeletedListPayloadFields.MappingType).GetInt32());
        Assert.Equal("VIP", payload.GetProperty(DeletedListPayloadFields.TagName).GetString());
        Assert.True(payload.GetProperty(DeletedListPayloadFields.MembersCaptured).GetBoolean());
    }

    [Fact]
    public void PlanDelete_EmptyList_QueuesOneRowWithTheMapping()
    {
        // Act
        var outcome = ListDeletePlanner.PlanDelete(Target, PreImage(mappingType: 100000000), () => FormerMembers.Captured([]));

        // Assert
        var item = Assert.Single(outcome.Items);
        Assert.Empty(item.MemberIds);
        Assert.True(Payload(item).GetProperty(DeletedListPayloadFields.MembersCaptured).GetBoolean());
    }

    [Fact]
    public void PlanDelete_MoreMembersThanOneRowHolds_QueuesOneRowPerChunkEachWithTheMapping()
    {
        // Arrange
        var members = Enumerable.Range(0, MemberIdChunker.IdsPerRow + 1).Select(_ => Guid.NewGuid()).ToArray();

        // Act
        var outcome = ListDeletePlanner.PlanDelete(Target, PreImage(), () => FormerMembers.Captured(members));

        // Assert
        Assert.Equal(2, outcome.Items.Count);
        Assert.Equal(members, outcome.Items.SelectMany(i => i.MemberIds));
        Assert.All(outcome.Items, i => Assert.Equal("VIP", Payload(i).GetProperty(DeletedListPayloadFields.TagName).GetString()));
    }

    [Fact]
    public void PlanDelete_MembersNotCaptured_QueuesTheMappingWithTheReasonAndANote()
    {
        // Act
        var outcome = ListDeletePlanner.PlanDelete(Target, PreImage(), () => FormerMembers.NotCaptured("it is a dynamic list"));

        // Assert
        var item = Assert.Single(outcome.Items);
        Assert.False(Payload(item).GetProperty(DeletedListPayloadFields.MembersCaptured).GetBoolean());
        Assert.Contains("dynamic list", outcome.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanDelete_UnknownMemberType_QueuesAgainstTheListTableWithoutReading()
    {
        // Act
        var outcome = ListDeletePlanner.PlanDelete(Target, PreImage(createdFromCode: null), () => throw new InvalidOperationException("must not read"));

        // Assert
        Assert.Equal(TableNames.List, Assert.Single(outcome.Items).TargetTable);
    }

    [Fact]
    public void PlanDelete_DynamicOrUnsyncedList_NeverReadsMembers()
    {
        // Arrange
        var reads = 0;
        FormerMembers Read()
        {
            reads++;
            return FormerMembers.Captured([]);
        }

        // Act
        var dynamic = ListDeletePlanner.PlanDelete(Target, PreImage(dynamic: true), Read);
        ListDeletePlanner.PlanDelete(Target, PreImage(synced: false), Read);

        // Assert
        Assert.Equal(0, reads);
        Assert.Contains("dynamic", JsonDocument.Parse(Assert.Single(dynamic.Items).Payload!).RootElement.GetProperty(DeletedListPayloadFields.NotCapturedReason).GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhyNotRead_StaticListWithinTheCap_ReadsIt()
    {
        // Act / Assert
        Assert.Null(ListDeletePlanner.WhyNotRead(PreImage(memberCount: ListDeletePlanner.MaxCapturedMembers)));
        Assert.Null(ListDeletePlanner.WhyNotRead(PreImage(memberCount: null)));
    }

    [Theory]
    [InlineData(true, 10, 2, "dynamic")]
    [InlineData(false, ListDeletePlanner.MaxCapturedMembers + 1, 2, "more than")]
    [InlineData(false, 10, 8, "member type")]
    public void WhyNotRead_DynamicTooLargeOrUnknownType_SaysWhy(bool dynamic, int memberCount, int createdFromCode, string expected)
    {
        // Act
        var reason = ListDeletePlanner.WhyNotRead(PreImage(dynamic: dynamic, memberCount: memberCount, createdFromCode: createdFromCode));

        // Assert
        Assert.Contains(expected, reason, StringComparison.Ordinal);
    }
}
