using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Record;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Record;

/// <summary>Record against the Dataverse sandbox: tagged, continue-on-error <c>$batch</c> writes of ≤ 1,000 operations.</summary>
public sealed class DataverseOutcomeRecorderTests
{
    private static readonly DateTimeOffset SeenOn = DateTimeOffset.Parse("2026-11-01T09:30:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static DataverseOutcomeRecorder CreateSut(DataverseJobHost host) => new(host.Job);

    private static Entity Row(DataverseJobHost host, string table, Guid id) =>
        host.Sandbox.Organization.Rows(table).Single(r => r.Id == id);

    [Fact]
    public async Task RecordAsync_2500Rows_ThreeCallsAndEveryRowDone()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        var ids = Enumerable.Range(1, 2500).Select(i => QueueRows.Add(host.Sandbox, QueueItemStates.Pending, i)).ToList();
        var results = ids.Select(id => new RowResult(id, QueueItemStates.Done, "ada.lovelace@contoso.com: subscribed", null)).ToList();
        host.Sandbox.ClearRequests();

        // Act
        var recorded = await CreateSut(host).RecordAsync(results, [], CancellationToken.None);

        // Assert
        Assert.Equal(3, host.Calls);
        Assert.Equal(2500, recorded.RowsWritten);
        Assert.Empty(recorded.Failures);
        Assert.All(host.Sandbox.Organization.Rows(TableNames.QueueItem), r => Assert.Equal(QueueItemStates.Done, r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value));
    }

    [Fact]
    public async Task RecordAsync_OneRecordIdUnknown_FailsAloneWithDataversesError()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var missing = Guid.NewGuid();
        var good = host.Seed.ContactIds[0];
        RecordStatus[] statuses =
        [
            new(new RecordRef(TableNames.Contact, good), SubscriberHash.Compute("grace@contoso.com"), MemberStatus.Subscribed, SeenOn),
            new(new RecordRef(TableNames.Contact, missing), SubscriberHash.Compute("nobody@contoso.com"), MemberStatus.Subscribed, SeenOn),
            new(new RecordRef(TableNames.Lead, host.Seed.LeadIds[0]), SubscriberHash.Compute("lead@contoso.com"), MemberStatus.Pending, SeenOn),
        ];

        // Act
        var recorded = await CreateSut(host).RecordAsync([], statuses, CancellationToken.None);

        // Assert
        Assert.Equal(2, recorded.RecordsWritten);
        var failure = Assert.Single(recorded.Failures);
        Assert.Equal(missing, failure.Id);
        Assert.Contains($"contact {missing:D}", failure.Error, StringComparison.Ordinal);
        Assert.Contains("Does Not Exist", failure.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SubscriberHash.Compute("grace@contoso.com"), Row(host, TableNames.Contact, good).GetAttributeValue<string>(MemberFields.MailchimpMemberId));
    }

    [Fact]
    public async Task RecordAsync_RecordStatusesOnSyncedContacts_EveryInnerWriteTaggedAndNothingQueued()
    {
        // Arrange: the first seeded contacts are members of the synced list.
        await using var host = await DataverseJobHost.StartAsync();
        var statuses = host.Seed.ContactIds.Take(2)
            .Select(id => new RecordStatus(new RecordRef(TableNames.Contact, id), SubscriberHash.Compute($"{id:N}@contoso.com"), MemberStatus.Unsubscribed, SeenOn))
            .ToList();
        var row = QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 1);
        var before = host.QueueRowCount;
        host.Sandbox.ClearRequests();

        // Act
        var recorded = await CreateSut(host).RecordAsync([new RowResult(row, QueueItemStates.Done, "done", null)], statuses, CancellationToken.None);

        // Assert: the plug-ins see SharedVariables["tag"] = dmc-sync on each write (the tag goes on the inner requests).
        Assert.Empty(recorded.Failures);
        Assert.Equal(before, host.QueueRowCount);
        var batch = Assert.Single(host.Sandbox.Requests);
        var writes = batch.Body.Split('\n').Where(line => line.StartsWith("PATCH ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, writes.Count);
        Assert.All(writes, line => Assert.Contains("tag=dmc-sync", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(QueueItemStates.Done, "ada@contoso.com in audience a1: subscribed", null, 0, 0)]
    [InlineData(QueueItemStates.Failed, null, "ada@contoso.com: Invalid Resource", 2, 3)]
    [InlineData(QueueItemStates.Skipped, "NeverResubscribe: contact … is unsubscribed", null, 1, 1)]
    [InlineData(QueueItemStates.Superseded, "Superseded: a later row replaces it", null, 0, 0)]
    [InlineData(QueueItemStates.Pending, "MassRemovalHeld: held", null, 0, 0)]
    public async Task RecordAsync_EachState_WrittenAsGivenAndAFailureCountsATry(int state, string? outcome, string? error, int attempts, int expectedAttempts)
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var id = QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 1, attempts, r => r[QueueItemFields.LastError] = "an earlier error");

        // Act
        var recorded = await CreateSut(host).RecordAsync([new RowResult(id, state, outcome, error, attempts)], [], CancellationToken.None);

        // Assert
        var row = Row(host, TableNames.QueueItem, id);
        Assert.Equal(1, recorded.RowsWritten);
        Assert.Equal(state, row.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value);
        Assert.Equal(outcome, row.GetAttributeValue<string>(QueueItemFields.Outcome));
        Assert.Equal(error, row.GetAttributeValue<string>(QueueItemFields.LastError));
        Assert.Equal(expectedAttempts, row.GetAttributeValue<int?>(QueueItemFields.Attempts) ?? 0);
    }

    [Theory]
    [InlineData(MemberStatus.Subscribed)]
    [InlineData(MemberStatus.Unsubscribed)]
    [InlineData(MemberStatus.Cleaned)]
    [InlineData(MemberStatus.Pending)]
    [InlineData(MemberStatus.Archived)]
    public async Task RecordAsync_Status_WritesIdOptionValueAndWhenSeen(MemberStatus status)
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var account = new RecordRef(TableNames.Account, host.Seed.AccountId);
        var hash = SubscriberHash.Compute("hello@contoso.com");

        // Act
        await CreateSut(host).RecordAsync([], [new RecordStatus(account, hash, status, SeenOn)], CancellationToken.None);

        // Assert
        var row = Row(host, TableNames.Account, account.Id);
        Assert.Equal(hash, row.GetAttributeValue<string>(MemberFields.MailchimpMemberId));
        Assert.Equal(MailchimpStatusOptions.ToOptionValue(status), row.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus).Value);
        Assert.Equal(SeenOn.UtcDateTime, row.GetAttributeValue<DateTime>(MemberFields.MailchimpLastChanged));
    }
}
