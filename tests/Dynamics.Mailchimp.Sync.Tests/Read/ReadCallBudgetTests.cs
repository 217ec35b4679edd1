using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Xunit.Abstractions;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>
/// Issue #9's budget for Read: for N changed records, every read of a run together stays near ceil(N/1000) Dataverse
/// calls plus a constant, counted in the sandbox's request log.
/// </summary>
public sealed class ReadCallBudgetTests(ITestOutputHelper output)
{
    private const int N = 3000;

    [Fact]
    public async Task EveryRead_3000ContactsInASyncedList_AtMostCeilNOver1000PlusThreeCalls()
    {
        // Arrange
        await using var host = await ReadSandbox.StartAsync();
        var ids = SandboxSeed.AddContacts(host.Sandbox.Organization, host.Sandbox.Tokens.AdminUserId, N);
        host.AddMembers(host.Seed.ListId, ids);
        var records = ids.Select(ReadSandbox.Contact).ToArray();
        var mapped = new Dictionary<string, IReadOnlyCollection<string>> { [TableNames.Contact] = ["jobtitle"] };
        var sut = host.CreateSut();
        host.Sandbox.ClearRequests();
        var calls = new List<(string Read, int Calls)>();

        // Act
        var lists = await sut.ReadListMappingsAsync([host.Seed.ListId], CancellationToken.None);
        calls.Add(("list mappings", host.Calls));
        var memberships = await sut.ReadMembershipsAsync(records, lists.Syncing.Select(l => l.ListId).ToArray(), CancellationToken.None);
        calls.Add(("memberships", host.Calls));
        var snapshots = await sut.ReadSnapshotsAsync(records, mapped, CancellationToken.None);
        calls.Add(("snapshots", host.Calls));
        var coHolders = await sut.ReadRecordsByEmailAsync(
            snapshots.Select(s => s.Email!).ToArray(), [TableNames.Contact, TableNames.Lead, TableNames.Account], CancellationToken.None);
        calls.Add(("records by email", host.Calls));
        var settings = await sut.ReadAudienceSettingsAsync([host.Seed.AudienceId], CancellationToken.None);
        calls.Add(("audience settings", host.Calls));

        // Assert
        output.WriteLine(string.Join(", ", calls.Select(c => $"{c.Read}: {c.Calls}")));
        Assert.Equal(N, memberships.Count);
        Assert.Equal(N, snapshots.Count);
        Assert.Equal(N, coHolders.Count);
        Assert.Single(settings);
        Assert.InRange(host.Calls, 1, (int)Math.Ceiling(N / 1000d) + 3);
    }
}
