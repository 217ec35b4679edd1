using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Writes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Microsoft.Xrm.Sdk;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sync.Tests.Claim;

/// <summary>The due-queue read against the Dataverse sandbox, with rows the real plug-ins wrote and hand-made Failed rows.</summary>
public sealed class DataverseQueueSourceTests
{
    private static DataverseQueueSource CreateSut(DataverseJobHost host, SyncOptions? options = null) =>
        new(host.Job, host.Clock, options ?? new SyncOptions(), new QueueBackoffOptions());

    [Fact]
    public async Task ReadDueAsync_RowsThePluginsWrote_MapsMembershipAndChangeRowsInSequenceOrder()
    {
        // Arrange: a CRM user adds two contacts to the synced list and renames a third, over the Web API.
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        var added = host.Seed.ContactIds.Skip(2).Take(2).ToArray();
        await host.Crm.AddListMembersListAsync(host.Seed.ListId, TableNames.Contact, added);
        host.Clock.Advance(TimeSpan.FromSeconds(1));
        await host.Crm.UpdateAsync("contacts", host.Seed.ContactIds[0], new JsonObject { [MemberFields.EmailAddress1] = "grace.hopper@contoso.com" });

        // Act
        var batch = await CreateSut(host).ReadDueAsync(100, 100_000, QueueCursor.Start, CancellationToken.None);

        // Assert
        Assert.Empty(batch.Unreadable);
        Assert.True(batch.Rows.Count >= 2);
        Assert.Equal(batch.Rows.OrderBy(r => r.Sequence).Select(r => r.Id), batch.Rows.Select(r => r.Id));
        var membership = Assert.Single(batch.Rows, r => r.Kind is QueueRowKind.ListMembersAdded or QueueRowKind.ListMemberAdded && r.ListId == host.Seed.ListId && r.MemberIds.Count == 2);
        Assert.Equal(added.Order(), membership.MemberIds.Order());
        var change = Assert.Single(batch.Rows, r => r.Kind == QueueRowKind.MemberChanged && r.TargetId == host.Seed.ContactIds[0]);
        Assert.Equal(TableNames.Contact, change.TargetTable);
        Assert.Equal("grace.hopper@contoso.com", change.Email);
        Assert.Contains(MemberFields.EmailAddress1, change.ChangedColumns);
        Assert.True(membership.Sequence < change.Sequence);
    }

    [Theory]
    [InlineData(1, 4, false)]
    [InlineData(1, 5, true)]
    [InlineData(2, 9, false)]
    [InlineData(2, 10, true)]
    [InlineData(4, 40, true)]
    [InlineData(5, 100_000, false)]
    public async Task ReadDueAsync_FailedRow_DueOnlyOnceItsBackoffHasPassedAndUnderMaxAttempts(int attempts, int minutesLater, bool due)
    {
        // Arrange: defaults: 5 min × 2^(attempts−1), MaxAttempts 5.
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        var id = QueueRows.Add(host.Sandbox, QueueItemStates.Failed, 1, attempts);
        host.Clock.Advance(TimeSpan.FromMinutes(minutesLater));

        // Act
        var batch = await CreateSut(host).ReadDueAsync(100, 100_000, QueueCursor.Start, CancellationToken.None);

        // Assert
        Assert.Equal(due, batch.Rows.Any(r => r.Id == id));
        Assert.All(batch.Rows, r => Assert.Equal(attempts, r.Attempts));
    }

    [Fact]
    public async Task ReadDueAsync_MixedStates_PendingAndDueFailedOnlyInSequenceOrder()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        var pending = QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 30);
        var failed = QueueRows.Add(host.Sandbox, QueueItemStates.Failed, 10, attempts: 1);
        QueueRows.Add(host.Sandbox, QueueItemStates.Done, 5);
        QueueRows.Add(host.Sandbox, QueueItemStates.Skipped, 6);
        QueueRows.Add(host.Sandbox, QueueItemStates.Superseded, 7);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        var recent = QueueRows.Add(host.Sandbox, QueueItemStates.Failed, 20, attempts: 1);
        host.Clock.Advance(TimeSpan.FromMinutes(4));

        // Act
        var batch = await CreateSut(host, new SyncOptions { MaxAttempts = 3 }).ReadDueAsync(100, 100_000, QueueCursor.Start, CancellationToken.None);

        // Assert: the recent failure is 4 minutes old, under its 5-minute backoff.
        Assert.Equal([failed, pending], batch.Rows.Select(r => r.Id));
        Assert.DoesNotContain(batch.Rows, r => r.Id == recent);
    }

    [Fact]
    public async Task ReadDueAsync_UnreadableRows_FailedOutcomesNamingTheRowNeverAnException()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        // The organization refuses option values outside the schema, so the unreadable kind here is an empty one.
        var unknownKind = QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 1, configure: r => r.Attributes.Remove(QueueItemFields.Kind));
        var badMembers = QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 2, configure: r =>
        {
            r[QueueItemFields.Kind] = new OptionSetValue(QueueItemKinds.ListMembersAdded);
            r[QueueItemFields.MemberIds] = Guid.NewGuid().ToString("D") + ",not-a-guid";
        });
        var good = QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 3);

        // Act
        var batch = await CreateSut(host).ReadDueAsync(100, 100_000, QueueCursor.Start, CancellationToken.None);

        // Assert
        Assert.Equal([good], batch.Rows.Select(r => r.Id));
        Assert.Equal([unknownKind, badMembers], batch.Unreadable.Select(o => o.RowId));
        Assert.All(batch.Unreadable, o => Assert.Equal(RowOutcomeKind.Failed, o.Kind));
        Assert.Contains(unknownKind.ToString("D"), batch.Unreadable[0].Reason.Text, StringComparison.Ordinal);
        Assert.Contains(QueueItemFields.Kind + " (empty)", batch.Unreadable[0].Reason.Text, StringComparison.Ordinal);
        Assert.Contains(QueueItemFields.MemberIds, batch.Unreadable[1].Reason.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadDueAsync_BulkRowsReachMaxChanges_StopsAtTheRowThatReachesItAndSaysMoreIsDue()
    {
        // Arrange: three bulk rows of 400 members each, then a single-change row.
        await using var host = await DataverseJobHost.StartAsync();
        AddThreeBulkRowsAndOne(host);

        // Act
        var first = await CreateSut(host).ReadDueAsync(100, 1000, QueueCursor.Start, CancellationToken.None);
        var exact = await CreateSut(host).ReadDueAsync(100, 800, QueueCursor.Start, CancellationToken.None);
        var alone = await CreateSut(host).ReadDueAsync(100, 10, QueueCursor.Start, CancellationToken.None);
        var all = await CreateSut(host).ReadDueAsync(100, 100_000, QueueCursor.Start, CancellationToken.None);

        // Assert: the row that reaches the limit is the cycle's last (800 < 1,000 ≤ 1,200); a row bigger than the limit
        // comes alone.
        Assert.Equal([1L, 2L, 3L], first.Rows.Select(r => r.Sequence));
        Assert.True(first.Full);
        Assert.Equal([1L, 2L], exact.Rows.Select(r => r.Sequence));
        Assert.Equal([1L], alone.Rows.Select(r => r.Sequence));
        Assert.True(alone.Full);
        Assert.Equal(4, all.Rows.Count);
        Assert.False(all.Full);
    }

    [Fact]
    public async Task ReadDueAsync_LimitReachedAtTheLastDueRow_SaysNothingMoreIsDue()
    {
        // Arrange: three bulk rows of 400 members each, then a single-change row.
        await using var host = await DataverseJobHost.StartAsync();
        AddThreeBulkRowsAndOne(host);

        // Act: the changes limit is reached by the last row (1,201), then the rows limit by the last row (4 of 4), then
        // the rows limit with 2 more rows due (the page holds one row more than the limit).
        var byChanges = await CreateSut(host).ReadDueAsync(100, 1201, QueueCursor.Start, CancellationToken.None);
        var byRows = await CreateSut(host).ReadDueAsync(4, 100_000, QueueCursor.Start, CancellationToken.None);
        host.Sandbox.ClearRequests();
        var atPageEnd = await CreateSut(host).ReadDueAsync(2, 100_000, QueueCursor.Start, CancellationToken.None);

        // Assert
        Assert.Equal(4, byChanges.Rows.Count);
        Assert.False(byChanges.Full);
        Assert.Equal(4, byRows.Rows.Count);
        Assert.False(byRows.Full);
        Assert.Equal(2, atPageEnd.Rows.Count);
        Assert.True(atPageEnd.Full);
        Assert.Equal(1, host.Calls);
    }

    [Theory]
    [InlineData(12_000, 12_000, 3, false)]
    [InlineData(12_000, 7_000, 2, true)]
    [InlineData(12_000, 10_000, 2, true)]
    [InlineData(12_000, 10, 1, true)]
    public async Task ReadDueAsync_ManyRows_OneCallPer5000AndAtMostMaxRows(int queued, int maxRows, int expectedCalls, bool expectedFull)
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        for (var i = 1; i <= queued; i++)
        {
            QueueRows.Add(host.Sandbox, QueueItemStates.Pending, i);
        }

        host.Sandbox.ClearRequests();

        // Act
        var batch = await CreateSut(host).ReadDueAsync(maxRows, 100_000, QueueCursor.Start, CancellationToken.None);

        // Assert
        Assert.Equal(maxRows, batch.Rows.Count);
        Assert.Equal(Enumerable.Range(1, maxRows).Select(i => (long)i), batch.Rows.Select(r => r.Sequence));
        Assert.Equal(expectedCalls, host.Calls);
        Assert.Equal(expectedFull, batch.Full); // at 10,000 the limit ends a page: more may be due, the next page is not read
    }

    [Fact]
    public async Task ReadDueAsync_AfterACursor_ReadsOnlyTheRowsAheadOfItIncludingUntakenTies()
    {
        // Arrange: sequences 1, 2, 2, 3; the first read takes two rows, so it stops inside the tie at 2. The rows it took
        // are still Pending (the cycle before is being sent).
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        var ids = new[] { 1, 2, 2, 3 }.Select(sequence => QueueRows.Add(host.Sandbox, QueueItemStates.Pending, sequence)).ToArray();
        var sut = CreateSut(host);
        var first = await sut.ReadDueAsync(2, 100_000, QueueCursor.Start, CancellationToken.None);

        // Act
        var second = await sut.ReadDueAsync(2, 100_000, first.Next, CancellationToken.None);
        var third = await sut.ReadDueAsync(2, 100_000, second.Next, CancellationToken.None);

        // Assert: every row once, in sequence order; nothing after the last.
        Assert.Equal(2, first.Rows.Count);
        Assert.True(first.Full);
        Assert.Equal(ids.Order(), first.Rows.Concat(second.Rows).Select(r => r.Id).Order());
        Assert.Equal([2L, 3L], second.Rows.Select(r => r.Sequence));
        Assert.Empty(third.Rows);
        Assert.False(third.Full);
    }

    // Three bulk rows of 400 members each (sequences 1 to 3), then a single-change row (4).
    private static void AddThreeBulkRowsAndOne(DataverseJobHost host)
    {
        QueueRows.Clear(host.Sandbox);
        for (var i = 1; i <= 3; i++)
        {
            QueueRows.Add(host.Sandbox, QueueItemStates.Pending, i, configure: row =>
            {
                row[QueueItemFields.Kind] = new OptionSetValue(QueueItemKinds.ListMembersAdded);
                row[QueueItemFields.ListId] = Guid.NewGuid().ToString("D");
                row[QueueItemFields.MemberIds] = string.Join(",", Enumerable.Range(0, 400).Select(_ => Guid.NewGuid().ToString("D")));
            });
        }

        QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 4);
    }
}
