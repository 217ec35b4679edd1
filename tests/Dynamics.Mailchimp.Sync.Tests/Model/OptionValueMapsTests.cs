using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Solution.Schema;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Model;

/// <summary>The option values the engine maps are the ones solution/src declares, and every one is mapped.</summary>
public sealed class OptionValueMapsTests
{
    private static readonly SchemaCatalog Schema = SchemaCatalog.FromSolution();

    [Fact]
    public void QueueRowKinds_EveryKindOptionValue_RoundTrips()
    {
        // Arrange
        var options = Schema.GetTable(TableNames.QueueItem).Columns[QueueItemFields.Kind].OptionValues;

        // Act
        var roundTrips = options.Select(value => QueueRowKinds.TryFromOptionValue(value, out var kind) ? QueueRowKinds.ToOptionValue(kind) : -1);

        // Assert
        Assert.Equal(options.Order(), roundTrips.Order());
        Assert.Equal(Enum.GetValues<QueueRowKind>().Length, options.Count);
    }

    [Fact]
    public void QueueRowKinds_UnknownOptionValue_IsNotMapped()
    {
        // Act
        var known = QueueRowKinds.TryFromOptionValue(42, out _);

        // Assert
        Assert.False(known);
    }

    [Theory]
    [InlineData(TableNames.Contact)]
    [InlineData(TableNames.Lead)]
    [InlineData(TableNames.Account)]
    public void MailchimpStatusOptions_EveryOptionOfTheTable_MapsToADistinctStatus(string table)
    {
        // Arrange: every option but Deleted, which no member status stands for.
        var all = Schema.GetTable(table).Columns[MemberFields.MailchimpStatus].OptionValues;
        var options = all.Where(value => !MailchimpStatusOptions.IsDeleted(value)).ToArray();

        // Act
        var statuses = options.Select(value => MailchimpStatusOptions.ToStatus(value)).ToArray();

        // Assert
        Assert.DoesNotContain(null, statuses);
        Assert.Equal(Enum.GetValues<MemberStatus>().Length, statuses.Distinct().Count());
        Assert.All(options, value => Assert.Equal(value, MailchimpStatusOptions.ToOptionValue(MailchimpStatusOptions.ToStatus(value)!.Value)));
    }

    [Theory]
    [InlineData(TableNames.Contact)]
    [InlineData(TableNames.Lead)]
    [InlineData(TableNames.Account)]
    public void MailchimpStatusOptions_Deleted_IsAnOptionOfTheTableAndNoStatus(string table)
    {
        // Arrange
        var options = Schema.GetTable(table).Columns[MemberFields.MailchimpStatus].OptionValues;

        // Act
        var status = MailchimpStatusOptions.ToStatus(MailchimpStatusOptions.Deleted);

        // Assert
        Assert.Contains(MailchimpStatusOptions.Deleted, options);
        Assert.Null(status);
    }

    [Fact]
    public void MailchimpStatusOptions_Empty_IsNull()
    {
        // Act / Assert
        Assert.Null(MailchimpStatusOptions.ToStatus(null));
    }

    [Fact]
    public void ListMappingTypes_EveryOptionOfTheColumn_HasATarget()
    {
        // Arrange
        var options = Schema.GetTable(TableNames.List).Columns[ListFields.MappingType].OptionValues;

        // Act
        var kinds = options.Select(value => ListMappingTypes.ToTarget(value, "t", "i")?.Kind).ToArray();

        // Assert
        Assert.Equal([ListTargetKind.Audience, ListTargetKind.Tag, ListTargetKind.Interest], kinds.Order());
    }

    [Fact]
    public void ListMappingTypes_Tag_CarriesTheTagName()
    {
        // Act
        var target = ListMappingTypes.ToTarget(ListMappingTypes.Tag, "VIP", null);

        // Assert
        Assert.Equal(ListTarget.Tag("VIP"), target);
    }

    [Fact]
    public void ListExitActions_EveryOptionOfTheColumn_IsItsOwnAction()
    {
        // Arrange
        var options = Schema.GetTable(TableNames.List).Columns[ListFields.ExitAction].OptionValues;

        // Act
        var actions = options.Select(value => ListExitActions.From(value)).ToArray();

        // Assert
        Assert.Equal([ListExitAction.RemoveFromTarget, ListExitAction.Archive, ListExitAction.Unsubscribe], actions.Order());
    }

    [Fact]
    public void ListExitActions_Empty_RemovesFromTheTargetOnly()
    {
        // Act / Assert
        Assert.Equal(ListExitAction.RemoveFromTarget, ListExitActions.From(null));
    }

    [Theory]
    [InlineData(null, null, "Berlin")]
    [InlineData(ListMappingTypes.Tag, "", "Berlin")]
    [InlineData(ListMappingTypes.Tag, "VIP", "VIP")]
    public void ListMappingTypes_DynamicList_DefaultsToTheTagNamedAfterIt(int? mappingType, string? tagName, string expected)
    {
        // Act
        var target = ListMappingTypes.ToTarget(mappingType, tagName, null, "Berlin");

        // Assert
        Assert.Equal(ListTarget.Tag(expected), target);
    }

    [Fact]
    public void ListMappingTypes_StaticListWithoutMappingType_HasNoTarget()
    {
        // Act / Assert
        Assert.Null(ListMappingTypes.ToTarget(null, "VIP", null, null));
    }
}
