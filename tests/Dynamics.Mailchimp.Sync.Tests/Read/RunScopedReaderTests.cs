using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;
using Dynamics.Mailchimp.Sync.Tests.Run.Fakes;
using static Dynamics.Mailchimp.Sync.Tests.Support.TestData;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>A run reads its list mappings and audience settings once; a cycle naming a list not read yet reads them again.</summary>
public sealed class RunScopedReaderTests
{
    private readonly FakeDataverse _dataverse = new();

    [Fact]
    public async Task ReadListMappingsAsync_KnownListsAgain_ReadsDataverseOnce()
    {
        // Arrange
        var list = AudienceList(1);
        _dataverse.Lists.Add(list);
        var sut = new RunScopedReader(_dataverse);
        var first = await sut.ReadListMappingsAsync([list.ListId], CancellationToken.None);

        // Act
        var second = await sut.ReadListMappingsAsync([list.ListId], CancellationToken.None);
        var none = await sut.ReadListMappingsAsync([], CancellationToken.None);

        // Assert
        Assert.Equal(1, _dataverse.Calls);
        Assert.Same(first, second);
        Assert.Same(first, none);
    }

    [Fact]
    public async Task ReadListMappingsAsync_AListNotReadYet_ReadsTheMappingsAgain()
    {
        // Arrange: a list that does not sync is only read when a row names it.
        var list = AudienceList(1);
        var other = AudienceList(2) with { IsSyncing = false };
        _dataverse.Lists.AddRange([list, other]);
        var sut = new RunScopedReader(_dataverse);
        await sut.ReadListMappingsAsync([list.ListId], CancellationToken.None);

        // Act
        var mappings = await sut.ReadListMappingsAsync([other.ListId], CancellationToken.None);

        // Assert
        Assert.Equal(2, _dataverse.Calls);
        Assert.NotNull(mappings.Find(other.ListId));
    }

    [Fact]
    public async Task ReadAudienceSettingsAsync_SomeAudiencesReadBefore_ReadsOnlyTheOthers()
    {
        // Arrange
        var sut = new RunScopedReader(_dataverse);
        var first = await sut.ReadAudienceSettingsAsync(["a1"], CancellationToken.None);

        // Act
        var again = await sut.ReadAudienceSettingsAsync(["a1"], CancellationToken.None);
        var both = await sut.ReadAudienceSettingsAsync(["a1", "a2"], CancellationToken.None);

        // Assert
        Assert.Equal(2, _dataverse.Calls);
        Assert.Same(first["a1"], again["a1"]);
        Assert.Equal(["a1", "a2"], both.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StartReading_ThenTheFirstCycle_ReadsNothingMoreForItsSyncingListsAndTheirAudiences()
    {
        // Arrange
        var list = AudienceList(1);
        _dataverse.Lists.Add(list);
        var sut = new RunScopedReader(_dataverse);

        // Act
        sut.StartReading(CancellationToken.None);
        var mappings = await sut.ReadListMappingsAsync([list.ListId], CancellationToken.None);
        var settings = await sut.ReadAudienceSettingsAsync(mappings.Audiences, CancellationToken.None);

        // Assert: the list mappings and the settings, read once each.
        Assert.Equal(2, _dataverse.Calls);
        Assert.Equal([Audience], settings.Keys);
    }

    [Fact]
    public async Task StartReading_ReaderListsEveryAudiencesSettings_ReadBesideTheMappingsAndNoAudienceIsReadAgain()
    {
        // Arrange: Dataverse holds no settings rows at all.
        var list = AudienceList(1);
        _dataverse.Lists.Add(list);
        _dataverse.AllSettings = new AudienceSettingsRows([], []);
        var sut = new RunScopedReader(_dataverse);

        // Act
        sut.StartReading(CancellationToken.None);
        var mappings = await sut.ReadListMappingsAsync([list.ListId], CancellationToken.None);
        var settings = await sut.ReadAudienceSettingsAsync(mappings.Audiences, CancellationToken.None);
        var other = await sut.ReadAudienceSettingsAsync(["f6e5d4c3b2"], CancellationToken.None);

        // Assert: the mappings and every audience's rows, one read each; the audiences have the defaults, and an audience
        // found later is not read either.
        Assert.Equal(2, _dataverse.Calls);
        Assert.Equal(AudienceSettings.For(Audience), settings[Audience]);
        Assert.Equal(AudienceSettings.For("f6e5d4c3b2"), other["f6e5d4c3b2"]);
    }

    [Fact]
    public async Task StartReading_Fails_TheCycleReadsAgainAndSeesTheError()
    {
        // Arrange: Dataverse refuses the first read only.
        var list = AudienceList(1);
        _dataverse.Lists.Add(list);
        var refused = false;
        _dataverse.OnCall = () =>
        {
            if (!refused)
            {
                refused = true;
                throw new HttpRequestException("Dataverse refused the read.");
            }
        };
        var sut = new RunScopedReader(_dataverse);

        // Act
        sut.StartReading(CancellationToken.None);
        var mappings = await sut.ReadListMappingsAsync([list.ListId], CancellationToken.None);

        // Assert
        Assert.NotNull(mappings.Find(list.ListId));
        Assert.Equal(2, _dataverse.Calls);
    }
}
