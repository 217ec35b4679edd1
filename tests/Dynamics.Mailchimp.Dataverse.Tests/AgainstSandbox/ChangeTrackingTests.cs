using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>
/// <see cref="IDataverseClient.TrackChangesAsync"/>: the initial read pages through every row and ends with a delta link;
/// following it returns exactly the rows created/updated since and the ids deleted since.
/// Doc: https://learn.microsoft.com/power-apps/developer/data-platform/use-change-tracking-synchronize-data-external-systems
/// </summary>
public sealed class ChangeTrackingTests
{
    private static readonly string[] Columns = [SandboxNames.ContactId, SandboxNames.LastName];

    private static Task<SandboxClientHost> CreateSut() => SandboxClientHost.StartAsync(configure: o => o.MaxPageSize = 2);

    [Fact]
    public async Task TrackChangesAsync_DeltaLinkAfterWrites_ReturnsOnlyChangedAndDeletedRows()
    {
        // Arrange
        await using var host = await CreateSut();
        var initial = await ReadAllAsync(host, null);
        var updated = host.Seed.ContactIds[0];
        var deleted = host.Seed.ContactIds[1];
        await host.Client.UpdateAsync(SandboxNames.Contacts, updated, new JsonObject { [SandboxNames.LastName] = "Changed" }, cancellationToken: CancellationToken.None);
        await host.Client.DeleteAsync(SandboxNames.Contacts, deleted, cancellationToken: CancellationToken.None);
        var created = (await host.Client.CreateAsync(SandboxNames.Contacts, new JsonObject { [SandboxNames.LastName] = "New" }, CancellationToken.None)).EntityId!.Value;

        // Act
        var delta = await ReadAllAsync(host, initial[^1].DeltaLink);

        // Assert
        Assert.True(initial.Count > 1);
        Assert.All(initial.SkipLast(1), p => Assert.Null(p.DeltaLink));
        Assert.NotNull(initial[^1].DeltaLink);
        Assert.Equal(host.Seed.ContactIds.Count, initial.Sum(p => p.Changed.Count));
        var changedIds = delta.SelectMany(p => p.Changed).Select(r => r.GetProperty(SandboxNames.ContactId).GetGuid()).Order().ToList();
        Assert.Equal(new[] { updated, created }.Order(), changedIds);
        Assert.Equal([deleted], delta.SelectMany(p => p.DeletedIds));
        Assert.NotNull(delta[^1].DeltaLink);
        Assert.Equal(host.Sandbox.Organization.Count(TableNames.Contact), host.Seed.ContactIds.Count);
    }

    [Fact]
    // Conformance: delta tokens expire after ExpireChangeTrackingInDays (7 by default) and "the system throws an exception"
    // (use-change-tracking-synchronize-data-external-systems); the job's recovery path starts here.
    public async Task TrackChangesAsync_DeltaLinkPastExpiry_ThrowsApiExceptionWith400()
    {
        // Arrange
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await SandboxClientHost.StartAsync(new Dynamics.Mailchimp.Sandbox.Dataverse.DataverseSandboxOptions { Clock = clock }, o => o.MaxPageSize = 2);
        var initial = await ReadAllAsync(host, null);
        clock.Advance(TimeSpan.FromDays(8));

        // Act
        var error = await Assert.ThrowsAsync<Dynamics.Mailchimp.Dataverse.Errors.DataverseApiException>(() => ReadAllAsync(host, initial[^1].DeltaLink));

        // Assert
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Contains("expired", error.Message, StringComparison.Ordinal);
    }

    private static async Task<List<ChangeTrackingPage>> ReadAllAsync(SandboxClientHost host, string? deltaLink)
    {
        var pages = new List<ChangeTrackingPage>();
        await foreach (var page in host.Client.TrackChangesAsync(SandboxNames.Contacts, Columns, deltaLink, CancellationToken.None))
        {
            pages.Add(page);
        }

        return pages;
    }
}
