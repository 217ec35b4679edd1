using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Forget;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Decide;
using Dynamics.Mailchimp.Sync.Pull.Record;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Dynamics.Mailchimp.Sync.Tests.Execute;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Forget;

/// <summary>
/// <see cref="ForgetRunner"/> over both sandboxes with the connector's role: the member deleted permanently in the
/// mapped audience (Mailchimp answers 204, then 404 for it, shared/reference/mailchimp.md [M51]), no column of any
/// queue or consent log row left holding the address, the record's Mailchimp id cleared and its status Deleted, one
/// audit row with the hash only; and a second run that writes nothing.
/// </summary>
public sealed class ForgetRunnerTests : IAsyncLifetime
{
    private const string Yvonne = "yvonne.mckay@contoso-coffee.com";
    private static readonly ErasedAddress Address = ErasedAddress.Parse(Yvonne);
    private DataverseJobHost dataverse = null!;
    private ExecuteHarness mailchimp = null!;

    public async Task InitializeAsync()
    {
        dataverse = await DataverseJobHost.StartAsync();
        mailchimp = await ExecuteHarness.StartAsync();
        await mailchimp.SeedAsync(Yvonne);
        var yvonne = dataverse.Seed.ContactIds[0];

        // What the connector keeps of her: the id and status it stored, a queued change, a settled row naming her, a log row naming her.
        await dataverse.Job.UpdateAsync("contacts", yvonne, new JsonObject { [MemberFields.MailchimpMemberId] = Address.MemberId, [MemberFields.MailchimpStatus] = 100000000 });
        await dataverse.Crm.UpdateAsync("contacts", yvonne, new JsonObject { ["lastname"] = "McKay-Finch" });
        await dataverse.Crm.UpdateAsync("contacts", yvonne, new JsonObject { ["firstname"] = "Yve" });
        var settled = dataverse.Sandbox.Organization.Rows(TableNames.QueueItem).First(r => r.GetAttributeValue<string>(QueueItemFields.Email) == Yvonne).Id;
        await dataverse.Job.UpdateAsync(ClaimWebApiNames.QueueItemSet, settled, new JsonObject
        {
            [QueueItemFields.State] = QueueItemStates.Done,
            [QueueItemFields.Outcome] = $"{Yvonne.ToUpperInvariant()} in audience {ExecuteHarness.AudienceId}: subscribed",
        });
        var logged = new ConsentEvent(new RecordRef(TableNames.Contact, yvonne), MemberFields.DoNotBulkEmail, "false", "true", null, $"{Yvonne} unsubscribed in audience {ExecuteHarness.AudienceId}", dataverse.Clock.GetUtcNow(), ExecuteHarness.AudienceId, Address.MemberId);
        Assert.True((await dataverse.Job.ExecuteBatchAsync([ConsentEventRows.Create(logged)])).Results[0].Succeeded);
    }

    public async Task DisposeAsync()
    {
        await mailchimp.DisposeAsync();
        await dataverse.DisposeAsync();
    }

    [Fact]
    public async Task RunAsync_MemberAndCopies_ErasedEverywhereAndAuditedByHashOnly()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var result = await sut.RunAsync(Address, dryRun: false, CancellationToken.None);

        // Assert
        Assert.False(result.AnyFailed);
        Assert.Equal(ForgetOutcome.Erased, Assert.Single(result.Items, i => i.Target == ForgetTarget.Audience).Outcome);
        Assert.Null(await mailchimp.GetMemberAsync(Yvonne));
        Assert.Equal(2, result.Count(ForgetTarget.QueueRow, ForgetOutcome.Cleared));
        Assert.Equal(1, result.Count(ForgetTarget.ConsentEvent, ForgetOutcome.Cleared));
        Assert.Equal(1, result.Count(ForgetTarget.Record, ForgetOutcome.Cleared));
        AssertNoRowHoldsTheAddress(TableNames.QueueItem);
        AssertNoRowHoldsTheAddress(PullNames.ConsentEventTable);
        var contact = dataverse.Sandbox.Organization.Rows(TableNames.Contact).Single(c => c.Id == dataverse.Seed.ContactIds[0]);
        Assert.Null(contact.GetAttributeValue<string>(MemberFields.MailchimpMemberId));
        Assert.Equal(MailchimpStatusOptions.Deleted, contact.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus).Value);
        Assert.Equal(Yvonne, contact.GetAttributeValue<string>(MemberFields.EmailAddress1));
        var audit = Assert.Single(dataverse.Sandbox.Organization.Rows(PullNames.ConsentEventTable), e => e.GetAttributeValue<string>(PullNames.Field) == ForgetNames.AuditField);
        Assert.Contains(Address.Hash, audit.GetAttributeValue<string>(PullNames.Name), StringComparison.Ordinal);
        Assert.Null(audit.GetAttributeValue<string>(PullNames.MemberId));
        Assert.Null(audit.GetAttributeValue<EntityReference>(PullNames.ContactLookup));
    }

    [Fact]
    public async Task RunAsync_PendingRowForTheAddress_SkippedSoNoPushSendsIt()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        await sut.RunAsync(Address, dryRun: false, CancellationToken.None);

        // Assert: the change queued for her (the first name) is settled, naming the erasure by hash.
        var rows = dataverse.Sandbox.Organization.Rows(TableNames.QueueItem).Where(r => r.GetAttributeValue<string>(QueueItemFields.TargetId) == dataverse.Seed.ContactIds[0].ToString("D")).ToArray();
        Assert.DoesNotContain(rows, r => r.GetAttributeValue<OptionSetValue>(QueueItemFields.State).Value == QueueItemStates.Pending);
        Assert.Contains(rows, r => r.GetAttributeValue<string>(QueueItemFields.Outcome) == ErasurePlan.SkippedOutcome(Address));
    }

    [Fact]
    public async Task RunAsync_SecondRun_ChangesNothingAndSaysSo()
    {
        // Arrange
        var sut = CreateSut();
        await sut.RunAsync(Address, dryRun: false, CancellationToken.None);
        var before = Snapshot();

        // Act
        var again = await sut.RunAsync(Address, dryRun: false, CancellationToken.None);

        // Assert: Mailchimp reports no member (404); no row or record changed, and no second audit row.
        Assert.True(again.NothingChanged);
        Assert.False(again.AnyFailed);
        Assert.Equal([ForgetOutcome.NotAMember], again.Items.Select(i => i.Outcome));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task RunAsync_DryRun_ReportsWhatWouldChangeAndWritesNothing()
    {
        // Arrange
        var sut = CreateSut();
        var before = Snapshot();

        // Act
        var result = await sut.RunAsync(Address, dryRun: true, CancellationToken.None);

        // Assert
        Assert.True(result.DryRun);
        Assert.All(result.Items, item => Assert.Equal(ForgetOutcome.WouldChange, item.Outcome));
        Assert.Contains(result.Items, item => item.Target == ForgetTarget.Audit);
        Assert.NotNull(await mailchimp.GetMemberAsync(Yvonne));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task RunAsync_MailchimpRefusesTheDelete_AudienceItemFailsNamingItAndDataverseIsStillCleared()
    {
        // Arrange: the next call under the audience gets a 400.
        mailchimp.Sandbox.Controls.InjectFault(new FaultRule($"/3.0/lists/{ExecuteHarness.AudienceId}", 400, 1));
        var sut = CreateSut();

        // Act
        var result = await sut.RunAsync(Address, dryRun: false, CancellationToken.None);

        // Assert: reported per item (a second run deletes it), the member still there, the copies cleared all the same.
        Assert.True(result.AnyFailed);
        var audience = Assert.Single(result.Items, i => i.Target == ForgetTarget.Audience);
        Assert.Equal(ForgetOutcome.Failed, audience.Outcome);
        Assert.StartsWith($"audience {ExecuteHarness.AudienceId}: Mailchimp answered 400", audience.Detail, StringComparison.Ordinal);
        Assert.NotNull(await mailchimp.GetMemberAsync(Yvonne));
        AssertNoRowHoldsTheAddress(TableNames.QueueItem);
    }

    private ForgetRunner CreateSut() => new(dataverse.Job, mailchimp.Client, dataverse.Clock);

    private string Snapshot() => string.Join(
        "\n",
        new[] { TableNames.QueueItem, PullNames.ConsentEventTable, TableNames.Contact }.SelectMany(table => dataverse.Sandbox.Organization.Rows(table))
            .Select(row => string.Join("|", row.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Text(a.Value)}"))));

    private void AssertNoRowHoldsTheAddress(string table)
    {
        foreach (var row in dataverse.Sandbox.Organization.Rows(table))
        {
            Assert.All(row.Attributes, column => Assert.False(Address.IsIn(Text(column.Value)), $"{table} {row.Id:D} {column.Key} holds the address"));
        }
    }

    private static string? Text(object? value) => value switch
    {
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        EntityReference reference => reference.Id.ToString("D"),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
