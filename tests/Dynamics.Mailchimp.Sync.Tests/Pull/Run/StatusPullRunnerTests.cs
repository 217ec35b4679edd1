using System.Globalization;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Match;
using Dynamics.Mailchimp.Sync.Pull.Read;
using Dynamics.Mailchimp.Sync.Pull.Record;
using Dynamics.Mailchimp.Sync.Pull.Run;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Dynamics.Mailchimp.Sync.Tests.Execute;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Run;

/// <summary>
/// <see cref="StatusPullRunner"/> over both sandboxes with the production steps, and a crash or a failed record injected
/// between them: a checkpoint is never ahead of its data, and a rerun neither loses nor duplicates anything.
/// </summary>
public sealed class StatusPullRunnerTests : IAsyncLifetime
{
    private const string Yvonne = "yvonne.mckay@contoso-coffee.com";
    private const string Susanna = "susanna.stubberod@contoso-coffee.com";
    private DataverseJobHost dataverse = null!;
    private ExecuteHarness mailchimp = null!;

    public async Task InitializeAsync()
    {
        dataverse = await DataverseJobHost.StartAsync();
        mailchimp = await ExecuteHarness.StartAsync();
        await mailchimp.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert { EmailAddress = Susanna });
        await mailchimp.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert { EmailAddress = Yvonne, StatusIfNew = MemberStatus.Unsubscribed });
    }

    public async Task DisposeAsync()
    {
        await mailchimp.DisposeAsync();
        await dataverse.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_CrashAfterCommitBeforeCheckpoint_RerunLosesAndDuplicatesNothing()
    {
        // Arrange: the first run dies when it would move the checkpoint.
        var crashing = new CrashingCheckpoints(new DataverseCheckpointStore(dataverse.Job));
        await Assert.ThrowsAsync<InvalidOperationException>(() => CreateSut(checkpoints: crashing).RunAsync(new SyncOptions(), new PullOptions(), CancellationToken.None));
        var logged = dataverse.Sandbox.Organization.Count(PullNames.ConsentEventTable);
        dataverse.Clock.Advance(TimeSpan.FromMinutes(5));

        // Act
        var summary = await CreateSut().RunAsync(new SyncOptions(), new PullOptions(), CancellationToken.None);

        // Assert
        Assert.True(logged > 0);
        Assert.Equal(logged, dataverse.Sandbox.Organization.Count(PullNames.ConsentEventTable));
        Assert.Equal(0, summary.Counts[PullCounts.Unsubscribed]);
        Assert.Equal(2, summary.Counts[PullCounts.Members]);
        Assert.NotNull(summary.Checkpoints[ExecuteHarness.AudienceId]);
        Assert.True(Contact(0).GetAttributeValue<bool>(MemberFields.DoNotBulkEmail));
    }

    [Fact]
    public async Task RunAsync_RecordWriteFails_CheckpointStaysAndTheNextRunAppliesIt()
    {
        // Arrange
        var failing = new FailingWriter(new DataverseConsentWriter(dataverse.Job), failEmail: Yvonne);
        var first = await CreateSut(writer: failing).RunAsync(new SyncOptions(), new PullOptions(), CancellationToken.None);
        dataverse.Clock.Advance(TimeSpan.FromMinutes(5));

        // Act
        var second = await CreateSut().RunAsync(new SyncOptions(), new PullOptions(), CancellationToken.None);

        // Assert
        Assert.True(first.AnyFailed);
        Assert.Null(first.Checkpoints[ExecuteHarness.AudienceId]);
        Assert.Equal(1, second.Counts[PullCounts.Unsubscribed]);
        Assert.False(second.AnyFailed);
        Assert.True(Contact(0).GetAttributeValue<bool>(MemberFields.DoNotSendMarketingMaterials));
    }

    [Fact]
    public async Task RunAsync_AnotherInstanceHoldsThePullLease_DoesNothing()
    {
        // Arrange
        var other = await new DataverseLeaseManager(dataverse.Job, dataverse.Clock, new LeaseOptions()).TryAcquireAsync(PullOptions.LeaseName, CancellationToken.None);

        // Act
        var summary = await CreateSut().RunAsync(new SyncOptions(), new PullOptions(), CancellationToken.None);

        // Assert
        Assert.NotNull(other.Lease);
        Assert.NotNull(summary.LeaseHeldBy);
        Assert.Equal(0, summary.Counts[PullCounts.Members]);
    }

    [Fact]
    public async Task RunAsync_PagesEndingMidSecond_DistinctMembersCountsEachMemberOnceAndMembersCountsTheReReads()
    {
        // Arrange: 25 members one second apart, read 10 a page, so each next page reads its boundary member again.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-01T08:00:00Z", CultureInfo.InvariantCulture));
        await using var seconds = await ExecuteHarness.StartAsync(options => options.TimeProvider = clock);
        for (var i = 0; i < 25; i++)
        {
            await seconds.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert { EmailAddress = $"member{i:D2}@contoso-coffee.com" });
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        // Act
        var summary = await CreateSut(client: seconds.Client).RunAsync(new SyncOptions(), new PullOptions { PageSize = 10 }, CancellationToken.None);

        // Assert
        Assert.Equal(25, summary.Counts[PullCounts.DistinctMembers]);
        Assert.True(summary.Counts[PullCounts.Members] > 25, $"{summary.Counts[PullCounts.Members]} member reports");
    }

    [Fact]
    public async Task RunAsync_CreateLeadsForUnmatched_SubscribedBecomesOneTaggedLeadAndAnUnsubscribedIsOnlyCounted()
    {
        // Arrange
        await mailchimp.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert
        {
            EmailAddress = "nora.finch@brightfield-labs.com",
            MergeFields = new Dictionary<string, object?> { ["FNAME"] = "Nora", ["LNAME"] = "Finch" },
        });
        await mailchimp.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert { EmailAddress = "gone.away@brightfield-labs.com", StatusIfNew = MemberStatus.Unsubscribed });
        var queued = dataverse.QueueRowCount;
        var options = new PullOptions { CreateLeadsForUnmatched = true };

        // Act
        var first = await CreateSut().RunAsync(new SyncOptions(), options, CancellationToken.None);
        dataverse.Clock.Advance(TimeSpan.FromMinutes(5));
        await mailchimp.Client.UpsertMemberAsync(ExecuteHarness.AudienceId, new MemberUpsert { EmailAddress = "nora.finch@brightfield-labs.com", MergeFields = new Dictionary<string, object?> { ["FNAME"] = "Nora" } });
        var second = await CreateSut().RunAsync(new SyncOptions(), options, CancellationToken.None);

        // Assert
        Assert.Equal(1, first.Counts[PullCounts.LeadsCreated]);
        Assert.Equal(2, first.Counts[PullCounts.Unmatched]);
        Assert.Equal(0, second.Counts[PullCounts.LeadsCreated]);
        var lead = Assert.Single(dataverse.Sandbox.Organization.Rows(TableNames.Lead), l => l.GetAttributeValue<string>(MemberFields.EmailAddress1) == "nora.finch@brightfield-labs.com");
        Assert.Equal(("Nora", "Finch"), (lead.GetAttributeValue<string>(PersonFields.FirstName), lead.GetAttributeValue<string>(PersonFields.LastName)));
        Assert.Equal(SubscriberHash.Compute("nora.finch@brightfield-labs.com"), lead.GetAttributeValue<string>(MemberFields.MailchimpMemberId));
        Assert.Equal(MailchimpStatusOptions.ToOptionValue(MemberStatus.Subscribed), lead.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus).Value);
        Assert.DoesNotContain(dataverse.Sandbox.Organization.Rows(TableNames.Lead), l => l.GetAttributeValue<string>(MemberFields.EmailAddress1) == "gone.away@brightfield-labs.com");
        Assert.Single(dataverse.Sandbox.Organization.Rows(PullNames.ConsentEventTable), e => e.GetAttributeValue<EntityReference>(PullNames.LeadLookup)?.Id == lead.Id);
        Assert.Equal(queued, dataverse.QueueRowCount);
    }

    private Entity Contact(int n) => dataverse.Sandbox.Organization.Rows(TableNames.Contact).Single(c => c.Id == dataverse.Seed.ContactIds[n]);

    private StatusPullRunner CreateSut(IConsentWriter? writer = null, ICheckpointStore? checkpoints = null, IMailchimpClient? client = null) =>
        new(
            new DataverseLeaseManager(dataverse.Job, dataverse.Clock, new LeaseOptions()),
            new PullAudienceReader(dataverse.Job),
            new MemberChangeReader(client ?? mailchimp.Client),
            new MemberMatcher(dataverse.Job),
            writer ?? new DataverseConsentWriter(dataverse.Job),
            checkpoints ?? new DataverseCheckpointStore(dataverse.Job),
            dataverse.Clock);

    /// <summary>Dies (as a killed process would stop) the first time a checkpoint is to be written.</summary>
    private sealed class CrashingCheckpoints(ICheckpointStore inner) : ICheckpointStore
    {
        public Task<DateTimeOffset?> ReadAsync(string name, CancellationToken cancellationToken) => inner.ReadAsync(name, cancellationToken);

        public Task WriteAsync(string name, DateTimeOffset value, CancellationToken cancellationToken) => throw new InvalidOperationException("killed");
    }

    /// <summary>Reports the records of one address as not written (and does not write them); writes the rest.</summary>
    private sealed class FailingWriter(IConsentWriter inner, string failEmail) : IConsentWriter
    {
        public async Task<IReadOnlyList<ConsentWriteResult>> WriteAsync(IReadOnlyList<ConsentChange> changes, CancellationToken cancellationToken)
        {
            var failing = changes.Where(c => c.Member.Email == failEmail).ToArray();
            var written = await inner.WriteAsync(changes.Except(failing).ToArray(), cancellationToken);
            return [.. written, .. failing.Select(c => new ConsentWriteResult(c, $"{c.Record} was not updated: injected"))];
        }
    }
}
