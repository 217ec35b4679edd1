using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sync.Claim;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>
/// A held push lease's renewal and release against the Dataverse sandbox: one guarded PATCH each, chained on the ETag
/// the previous guarded PATCH answered with (<c>Prefer: return=representation</c>: 200 and the row's <c>@odata.etag</c>,
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/update-delete-entities-using-web-api#update-with-data-returned).
/// </summary>
public sealed class DataverseSyncLeaseTests
{
    private const string Push = "lease:push";

    private static DataverseLeaseManager CreateSut(DataverseJobHost host, string runId) =>
        new(host.CreateClient(writeTag: null), host.Clock, new LeaseOptions { RunId = runId });

    /// <summary>A held lease on a row that already existed (the usual case: the row outlives every run).</summary>
    private static async Task<(ISyncLease Lease, DataverseLeaseManager Manager)> HoldExistingRowAsync(DataverseJobHost host, string runId)
    {
        await using (var first = (await CreateSut(host, "run-0").TryAcquireAsync(Push, CancellationToken.None)).Lease)
        {
        }

        var manager = CreateSut(host, runId);
        var lease = (await manager.TryAcquireAsync(Push, CancellationToken.None)).Lease!;
        host.Sandbox.ClearRequests();
        return (lease, manager);
    }

    private static Entity LeaseRow(DataverseJobHost host) => Assert.Single(host.Sandbox.Organization.Rows("dmc_syncstate"));

    /// <summary>Another instance's write on the row (as when it took the expired lease): the row's ETag moves on.</summary>
    private static Task WriteAsOtherAsync(DataverseJobHost host, string owner) =>
        host.Job.UpdateAsync(ClaimWebApiNames.SyncStateSet, LeaseRow(host).Id, new JsonObject
        {
            [ClaimWebApiNames.LeaseOwner] = owner,
            [ClaimWebApiNames.LeaseExpiresOn] = "2026-11-01T09:00:00Z",
        }, cancellationToken: CancellationToken.None);

    [Fact]
    public async Task TryAcquireAsync_RowExists_GuardedWriteAsksForTheRowIdOnlyAndReleaseIsOneCall()
    {
        // Arrange: Microsoft advises selecting the primary key only with return=representation (each answer costs a
        // Retrieve): https://learn.microsoft.com/power-apps/developer/data-platform/use-upsert-insert-update-record
        await using var host = await DataverseJobHost.StartAsync();
        await using (var first = (await CreateSut(host, "run-0").TryAcquireAsync(Push, CancellationToken.None)).Lease)
        {
        }

        host.Sandbox.ClearRequests();

        // Act
        var lease = (await CreateSut(host, "run-a").TryAcquireAsync(Push, CancellationToken.None)).Lease!;
        var acquire = host.Sandbox.Requests.ToArray();
        host.Sandbox.ClearRequests();
        await lease.DisposeAsync();

        // Assert
        Assert.Equal(["GET", "PATCH"], acquire.Select(r => r.Method));
        var take = acquire[1];
        Assert.Equal(200, take.StatusCode);
        Assert.Equal("return=representation", take.Headers["Prefer"]);
        Assert.StartsWith("W/\"", take.Headers["If-Match"], StringComparison.Ordinal);
        Assert.Contains("$select=dmc_syncstateid", Uri.UnescapeDataString(take.Query), StringComparison.Ordinal);
        var release = Assert.Single(host.Sandbox.Requests);
        Assert.Equal("PATCH", release.Method);
        Assert.Equal(204, release.StatusCode);
        Assert.Null(LeaseRow(host).GetAttributeValue<string>("dmc_leaseowner"));
    }

    [Fact]
    public async Task RenewAsync_AfterAcquire_OneCallEachTimeAndExtendsFromNow()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var (lease, _) = await HoldExistingRowAsync(host, "run-a");
        host.Clock.Advance(TimeSpan.FromMinutes(1.5));

        // Act
        await lease.RenewAsync(CancellationToken.None);
        var firstCalls = host.Calls;
        host.Sandbox.ClearRequests();
        host.Clock.Advance(TimeSpan.FromMinutes(1.5));
        await lease.RenewAsync(CancellationToken.None);

        // Assert: each renewal chains on the ETag the previous guarded PATCH answered with.
        Assert.Equal(1, firstCalls);
        Assert.Equal("PATCH", Assert.Single(host.Sandbox.Requests).Method);
        Assert.Equal(host.Clock.GetUtcNow() + LeaseOptions.DefaultDuration, lease.ExpiresOn);
    }

    [Fact]
    public async Task TryAcquireAsync_RowMissing_CreateAnswersTheETagSoRenewAndReleaseAreOneCallEach()
    {
        // Arrange: a fresh environment has no lease row; the create asks for the row back (Prefer: return=representation,
        // https://learn.microsoft.com/power-apps/developer/data-platform/webapi/create-entity-web-api#create-with-data-returned).
        await using var host = await DataverseJobHost.StartAsync();

        // Act
        var lease = (await CreateSut(host, "run-a").TryAcquireAsync(Push, CancellationToken.None)).Lease!;
        var create = host.Sandbox.Requests.Last();
        host.Sandbox.ClearRequests();
        await lease.RenewAsync(CancellationToken.None);
        var renew = host.Sandbox.Requests.Select(r => r.Method).ToArray();
        host.Sandbox.ClearRequests();
        await lease.DisposeAsync();

        // Assert
        Assert.Equal(("POST", 201), (create.Method, create.StatusCode));
        Assert.Equal(["PATCH"], renew);
        Assert.Equal("PATCH", Assert.Single(host.Sandbox.Requests).Method);
        Assert.Null(LeaseRow(host).GetAttributeValue<string>("dmc_leaseowner"));
    }

    [Fact]
    public async Task RenewAsync_AnotherOwnerWroteTheRow_ThrowsLeaseLostNamingIt()
    {
        // Arrange: our ETag is stale, so the guarded PATCH gets 412 ("version of the existing record doesn't match").
        await using var host = await DataverseJobHost.StartAsync();
        var (lease, _) = await HoldExistingRowAsync(host, "run-a");
        await WriteAsOtherAsync(host, "other-host/1/run-b");
        host.Sandbox.ClearRequests();

        // Act
        var lost = await Assert.ThrowsAsync<LeaseLostException>(() => lease.RenewAsync(CancellationToken.None));

        // Assert
        Assert.Equal(Push, lost.Name);
        Assert.Contains("other-host/1/run-b", lost.Message, StringComparison.Ordinal);
        Assert.Equal([412, 200], host.Sandbox.Requests.Select(r => r.StatusCode));
        Assert.Equal("other-host/1/run-b", LeaseRow(host).GetAttributeValue<string>("dmc_leaseowner"));
    }

    [Fact]
    public async Task DisposeAsync_AfterLosingTheLease_DoesNotThrowAndLeavesTheNewOwnersRow()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var (lease, _) = await HoldExistingRowAsync(host, "run-a");
        await WriteAsOtherAsync(host, "other-host/1/run-b");
        host.Sandbox.ClearRequests();

        // Act
        await lease.DisposeAsync();

        // Assert: the guarded clear got 412; the row read back names the other owner, so nothing else is written.
        Assert.Equal(["PATCH", "GET"], host.Sandbox.Requests.Select(r => r.Method));
        Assert.Equal(412, host.Sandbox.Requests[0].StatusCode);
        var row = LeaseRow(host);
        Assert.Equal("other-host/1/run-b", row.GetAttributeValue<string>("dmc_leaseowner"));
        Assert.NotNull(row.GetAttributeValue<DateTime?>("dmc_leaseexpireson"));
    }

    [Fact]
    public async Task RenewAsync_RowChangedButStillOurs_RewritesWithTheReadETag()
    {
        // Arrange: the same instance took the lease again (a second lease object), so the first one's ETag is stale
        // although the row still names this owner: nobody else holds it.
        await using var host = await DataverseJobHost.StartAsync();
        var (lease, manager) = await HoldExistingRowAsync(host, "run-a");
        _ = await manager.TryAcquireAsync(Push, CancellationToken.None);
        host.Sandbox.ClearRequests();

        // Act
        await lease.RenewAsync(CancellationToken.None);

        // Assert
        Assert.Equal([412, 200, 200], host.Sandbox.Requests.Select(r => r.StatusCode));
        Assert.Equal(manager.Owner, LeaseRow(host).GetAttributeValue<string>("dmc_leaseowner"));
    }

    [Fact]
    public async Task RenewAsync_StillHeld_ExtendsFromNowAndKeepsOthersOut()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var first = CreateSut(host, "run-a");
        var lease = (await first.TryAcquireAsync(Push, CancellationToken.None)).Lease!;
        host.Clock.Advance(TimeSpan.FromMinutes(1.5));

        // Act
        await lease.RenewAsync(CancellationToken.None);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var other = await CreateSut(host, "run-b").TryAcquireAsync(Push, CancellationToken.None);

        // Assert
        Assert.Equal(host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1) + LeaseOptions.DefaultDuration, lease.ExpiresOn);
        Assert.Equal(first.Owner, other.Holder!.Owner);
    }

    [Fact]
    public async Task DisposeAsync_Held_ReleasesSoTheOtherTakesItAtOnce()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var (lease, _) = await HoldExistingRowAsync(host, "run-a");

        // Act
        await lease.DisposeAsync();
        var taken = await CreateSut(host, "run-b").TryAcquireAsync(Push, CancellationToken.None);

        // Assert
        Assert.NotNull(taken.Lease);
    }
}
