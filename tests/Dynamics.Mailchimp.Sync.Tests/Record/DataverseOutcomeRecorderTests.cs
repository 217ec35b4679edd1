using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Decide;
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

    [Fact]
    public async Task RecordAsync_RowWithConsentEventsTwice_OneCrmEventPerRecordAndNoDuplicate()
    {
        // Arrange: a CRM opt-out carried to Mailchimp for two contacts sharing the address; the row is then replayed.
        await using var host = await DataverseJobHost.StartAsync();
        var row = QueueRows.Add(host.Sandbox, QueueItemStates.Pending, 1);
        var contacts = host.Seed.ContactIds.Take(2).Select(id => new RecordRef(TableNames.Contact, id)).ToList();
        var hash = SubscriberHash.Compute("shared@contoso.com");
        var statuses = contacts.Select(c => new RecordStatus(c, hash, MemberStatus.Unsubscribed, SeenOn)).ToList();
        var result = new RowResult(row, QueueItemStates.Done, "shared@contoso.com: unsubscribed", null) { ConsentEvents = contacts.Select(c => OptOutEvent(c, hash)).ToList() };

        // Act
        var first = await CreateSut(host).RecordAsync([result], statuses, CancellationToken.None);
        var second = await CreateSut(host).RecordAsync([result], statuses, CancellationToken.None);

        // Assert
        Assert.Empty(first.Failures);
        Assert.Equal((1, 2, 2), (first.RowsWritten, first.RecordsWritten, first.ConsentEventsWritten));
        Assert.Equal(2, second.ConsentEventsWritten);
        var events = host.Sandbox.Organization.Rows(PullNames.ConsentEventTable).ToList();
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(PullNames.SourceCrm, e.GetAttributeValue<OptionSetValue>(PullNames.Source).Value));
        Assert.All(events, e => Assert.Equal("unsubscribed", e.GetAttributeValue<string>(PullNames.NewValue)));
        Assert.Equal(contacts.Select(c => c.Id).Order(), events.Select(e => e.GetAttributeValue<EntityReference>(PullNames.ContactLookup).Id).Order());
    }

    [Fact]
    public async Task RecordAsync_RowOutcomeRefused_ItsRecordStatusAndEventsAreNotWrittenEither()
    {
        // Arrange: the row no longer exists, so its change set (row, record status, events) fails as a whole.
        await using var host = await DataverseJobHost.StartAsync();
        var row = Guid.NewGuid();
        var good = new RecordRef(TableNames.Contact, host.Seed.ContactIds[0]);
        var hash = SubscriberHash.Compute("shared@contoso.com");
        var result = new RowResult(row, QueueItemStates.Done, "unsubscribed", null) { ConsentEvents = [OptOutEvent(good, hash)] };

        // Act
        var recorded = await CreateSut(host).RecordAsync([result], [new RecordStatus(good, hash, MemberStatus.Unsubscribed, SeenOn)], CancellationToken.None);

        // Assert
        Assert.Contains(recorded.Failures, f => f.Id == row);
        Assert.Equal((0, 0, 0), (recorded.RowsWritten, recorded.RecordsWritten, recorded.ConsentEventsWritten));
        Assert.Null(Row(host, TableNames.Contact, good.Id).GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus));
        Assert.Equal(0, host.Sandbox.Organization.Count(PullNames.ConsentEventTable));
    }

    [Fact]
    public async Task RecordAsync_1000RowsEachWithAConsentEvent_EventsRideInTheSameBatches()
    {
        // Arrange: issue #9's target for the push, 3 × ceil(N/1000) + ceil(N/5000) + 10 calls, leaves Record about
        // ceil((rows + records + events) / 1000): here 2,000 operations and a few records, in change sets of 2 or 3.
        await using var host = await DataverseJobHost.StartAsync();
        QueueRows.Clear(host.Sandbox);
        var contacts = host.Seed.ContactIds.Take(3).Select(id => new RecordRef(TableNames.Contact, id)).ToList();
        var hash = SubscriberHash.Compute("shared@contoso.com");
        var rows = Enumerable.Range(1, 1000)
            .Select(i => new RowResult(QueueRows.Add(host.Sandbox, QueueItemStates.Pending, i), QueueItemStates.Done, "unsubscribed", null) { ConsentEvents = [OptOutEvent(contacts[i % 3], hash)] })
            .ToList();
        var statuses = contacts.Select(c => new RecordStatus(c, hash, MemberStatus.Unsubscribed, SeenOn)).ToList();
        host.Sandbox.ClearRequests();

        // Act
        var recorded = await CreateSut(host).RecordAsync(rows, statuses, CancellationToken.None);

        // Assert
        Assert.Empty(recorded.Failures);
        Assert.Equal((1000, 3, 1000), (recorded.RowsWritten, recorded.RecordsWritten, recorded.ConsentEventsWritten));
        Assert.True(host.Calls <= 3, $"{host.Calls} calls");
        Assert.Equal(1000, host.Sandbox.Organization.Count(PullNames.ConsentEventTable));
    }

    [Fact]
    public async Task RecordAsync_DeletedStatus_StoresTheDeletedOption()
    {
        // Arrange
        await using var host = await DataverseJobHost.StartAsync();
        var contact = new RecordRef(TableNames.Contact, host.Seed.ContactIds[0]);

        // Act
        var recorded = await CreateSut(host).RecordAsync([], [new RecordStatus(contact, SubscriberHash.Compute("gone@contoso.com"), MemberStatus.Archived, SeenOn) { Deleted = true }], CancellationToken.None);

        // Assert
        Assert.Empty(recorded.Failures);
        Assert.Equal(MailchimpStatusOptions.Deleted, Row(host, TableNames.Contact, contact.Id).GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus).Value);
    }

    private static ConsentEvent OptOutEvent(RecordRef record, string memberId) =>
        new(record, MemberFields.MailchimpStatus, "subscribed", "unsubscribed", MemberStatus.Unsubscribed, $"{record} (donotbulkemail) opted out in Dynamics", SeenOn, "aud00001", memberId)
        {
            Source = ConsentSource.Crm,
        };
}
