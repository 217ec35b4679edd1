using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Solution.Schema;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary><see cref="DataverseRecordReader.ReadAudienceSettingsAsync"/> against the sandbox, and the option values against solution/src.</summary>
public sealed class AudienceSettingsReaderTests
{
    private const string Audience = "a1b2c3d4e5";
    private const string OtherAudience = "f6e5d4c3b2";

    [Fact]
    public async Task ReadAudienceSettingsAsync_NoRow_DefaultsAndNoMappings()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();

        // Act
        var settings = await host.CreateSut().ReadAudienceSettingsAsync([Audience], CancellationToken.None);

        // Assert
        Assert.Equal(AudienceSettings.For(Audience) with { MergeFieldMappings = settings[Audience].MergeFieldMappings }, settings[Audience]);
        Assert.Empty(settings[Audience].MergeFieldMappings);
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task ReadAudienceSettingsAsync_RowAndMappings_ReadForTheirAudienceOnly()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        CreateSetting(host, Audience, AudienceSettingOptions.Pending, AudienceSettingOptions.Unsubscribe, repermission: true);
        CreateMapping(host, Audience, TableNames.Contact, "jobtitle", "JOBTITLE");
        CreateMapping(host, Audience, TableNames.Lead, "companyname", "COMPANY");
        CreateMapping(host, OtherAudience, TableNames.Contact, "telephone1", "PHONE");

        // Act
        var settings = (await host.CreateSut().ReadAudienceSettingsAsync([Audience, OtherAudience], CancellationToken.None))[Audience];

        // Assert
        Assert.Equal(MemberStatus.Pending, settings.NewMemberStatus);
        Assert.Equal(LeaveAction.Unsubscribe, settings.LeaveAction);
        Assert.True(settings.Repermission);
        Assert.Equal(
            new HashSet<MergeFieldMapping> { new(TableNames.Contact, "jobtitle", "JOBTITLE"), new(TableNames.Lead, "companyname", "COMPANY") },
            settings.MergeFieldMappings.ToHashSet());
    }

    [Fact]
    public async Task ReadAllAudienceSettingsAsync_EveryAudiencesRowsInOneCall_GiveWhatTheReadByAudienceGives()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        CreateSetting(host, Audience, AudienceSettingOptions.Pending, AudienceSettingOptions.Unsubscribe, repermission: true);
        CreateMapping(host, Audience, TableNames.Contact, "jobtitle", "JOBTITLE");
        CreateMapping(host, OtherAudience, TableNames.Contact, "telephone1", "PHONE");
        var sut = host.CreateSut();
        var byAudience = await sut.ReadAudienceSettingsAsync([Audience, OtherAudience, "0000000000"], CancellationToken.None);
        host.Sandbox.ClearRequests();

        // Act
        var all = await sut.ReadAllAudienceSettingsAsync(CancellationToken.None);

        // Assert: one call; each audience's settings as read by audience, the defaults for one without rows.
        Assert.Equal(1, host.Calls);
        Assert.NotNull(all);
        foreach (var audience in new[] { Audience, OtherAudience, "0000000000" })
        {
            var settings = all.For(audience);
            Assert.Equal(byAudience[audience] with { MergeFieldMappings = [] }, settings with { MergeFieldMappings = [] });
            Assert.Equal(byAudience[audience].MergeFieldMappings.ToHashSet(), settings.MergeFieldMappings.ToHashSet());
        }

        Assert.Equal(MemberStatus.Pending, all.For(Audience).NewMemberStatus);
        Assert.Equal(AudienceSettings.For("0000000000"), all.For("0000000000") with { MergeFieldMappings = AudienceSettings.For("0000000000").MergeFieldMappings });
    }

    [Fact]
    public async Task ReadAudienceSettingsAsync_EmptyChoices_AreTheDefaults()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        CreateSetting(host, Audience, null, null, repermission: null);

        // Act
        var settings = (await host.CreateSut().ReadAudienceSettingsAsync([Audience], CancellationToken.None))[Audience];

        // Assert
        Assert.Equal(MemberStatus.Subscribed, settings.NewMemberStatus);
        Assert.Equal(LeaveAction.Archive, settings.LeaveAction);
        Assert.False(settings.Repermission);
    }

    [Fact]
    public async Task ReadAudienceSettingsAsync_NoAudience_NoCall()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();

        // Act
        var settings = await host.CreateSut().ReadAudienceSettingsAsync([], CancellationToken.None);

        // Assert
        Assert.Empty(settings);
        Assert.Equal(0, host.Calls);
    }

    [Theory]
    [InlineData(ReadNames.NewMemberStatus, new[] { AudienceSettingOptions.Subscribed, AudienceSettingOptions.Pending })]
    [InlineData(ReadNames.LeaveAction, new[] { AudienceSettingOptions.Archive, AudienceSettingOptions.Unsubscribe })]
    public void AudienceSettingOptions_OptionValues_AreTheSolutions(string column, int[] expected)
    {
        // Act
        var options = SchemaCatalog.FromSolution().GetTable(ReadNames.AudienceSettingTable).Columns[column].OptionValues;

        // Assert
        Assert.Equal(expected.Order(), options.Order());
    }

    [Fact]
    public void AudienceSettingOptions_EmptyOrUnknownValue_IsTheDefault()
    {
        // Act / Assert
        Assert.Equal(MemberStatus.Subscribed, AudienceSettingOptions.ToNewMemberStatus(null));
        Assert.Equal(MemberStatus.Subscribed, AudienceSettingOptions.ToNewMemberStatus(42));
        Assert.Equal(LeaveAction.Archive, AudienceSettingOptions.ToLeaveAction(null));
        Assert.Null(AudienceSettingOptions.ToMemberTable(null));
    }

    [Fact]
    public void AudienceSettingOptions_MemberTables_AreTheSolutions()
    {
        // Act
        var options = SchemaCatalog.FromSolution().GetTable(ReadNames.MergeFieldMappingTable).Columns[ReadNames.MemberTable].OptionValues;

        // Assert
        Assert.Equal(
            new[] { TableNames.Contact, TableNames.Lead, TableNames.Account }.Select(AudienceSettingOptions.ToMemberTableOption).Order(),
            options.Order());
    }

    private static void CreateSetting(ReadSandbox host, string audienceId, int? newMemberStatus, int? leaveAction, bool? repermission)
    {
        var row = new Entity(ReadNames.AudienceSettingTable) { ["dmc_name"] = audienceId, [ReadNames.AudienceId] = audienceId };
        row[ReadNames.NewMemberStatus] = newMemberStatus is { } status ? new OptionSetValue(status) : null;
        row[ReadNames.LeaveAction] = leaveAction is { } action ? new OptionSetValue(action) : null;
        row[ReadNames.Repermission] = repermission;
        host.Service.Create(row);
    }

    private static void CreateMapping(ReadSandbox host, string audienceId, string table, string column, string tag) =>
        host.Service.Create(new Entity(ReadNames.MergeFieldMappingTable)
        {
            ["dmc_name"] = tag,
            [ReadNames.AudienceId] = audienceId,
            [ReadNames.MemberTable] = new OptionSetValue(AudienceSettingOptions.ToMemberTableOption(table)),
            [ReadNames.Column] = column,
            [ReadNames.MergeTag] = tag,
        });
}
