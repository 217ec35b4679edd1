using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Forget;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Tests.Claim;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Forget;

/// <summary>
/// <see cref="ErasureWriter"/> on a completed email activity the connector created, over the Dataverse sandbox with the
/// connector's role (prvReadActivity and prvWriteActivity at Basic). Dataverse refuses to update a closed activity
/// ("Cannot update Closed or Cancelled Activity", seanmcne/Microsoft.Xrm.Data.PowerShell#222), so the writer reopens it,
/// writes and closes it again in one changeset: all or nothing.
/// </summary>
public sealed class ErasureWriterTests : IAsyncLifetime
{
    private const string Ada = "ada@contoso.com";
    private static readonly ErasedAddress Address = ErasedAddress.Parse(Ada);
    private DataverseJobHost dataverse = null!;
    private Guid activity;

    public async Task InitializeAsync()
    {
        dataverse = await DataverseJobHost.StartAsync();
        var created = await dataverse.Job.ExecuteBatchAsync([BatchOperation.Create(ActivityNames.ActivitySet, new JsonObject
        {
            [ActivityNames.ActivitySubject] = "Open: Spring news",
            [ActivityNames.MemberId] = Address.MemberId,
            [ActivityNames.CampaignMailchimpId] = "c1",
            [ActivityNames.Action] = (int)ActivityAction.Open,
            [ActivityNames.OccurredOn] = "2026-11-02T09:30:00Z",
            [ActivityNames.EmailAddress] = Ada,
            [ActivityNames.StateCode] = ActivityNames.Completed,
            [ActivityNames.StatusCode] = ActivityNames.CompletedStatus,
        })]);
        activity = created.Results[0].EntityId!.Value;
    }

    public async Task DisposeAsync() => await dataverse.DisposeAsync();

    private ErasureWriter CreateSut() => new(dataverse.Job);

    private async Task<IReadOnlyList<ErasureWrite>> PlanAsync(string? etag = null)
    {
        var findings = await new ErasureReader(dataverse.Job).ReadAsync(Address, CancellationToken.None);
        var row = Assert.Single(findings.EmailActivities);
        return ErasurePlan.Plan(Address, findings with { EmailActivities = [etag is null ? row : row with { ETag = etag }] }, dataverse.Clock.GetUtcNow())
            .Where(write => write.Target == ForgetTarget.EmailActivity).ToArray();
    }

    private Entity Row() => dataverse.Sandbox.Organization.Rows(ActivityNames.ActivityTable).Single(r => r.Id == activity);

    [Fact]
    public async Task WriteAsync_CompletedActivity_AddressClearedAndStillCompleted()
    {
        // Arrange
        var writes = await PlanAsync();

        // Act
        var items = await CreateSut().WriteAsync(Address, writes, dryRun: false, CancellationToken.None);

        // Assert
        Assert.Equal(ForgetOutcome.Cleared, Assert.Single(items).Outcome);
        Assert.Null(Row().GetAttributeValue<string>(ActivityNames.EmailAddress));
        Assert.Equal(ActivityNames.Completed, Row().GetAttributeValue<OptionSetValue>(ActivityNames.StateCode).Value);
        Assert.Equal(ActivityNames.CompletedStatus, Row().GetAttributeValue<OptionSetValue>(ActivityNames.StatusCode).Value);
    }

    [Fact]
    public async Task WriteAsync_ActivityChangedSinceRead_ChangedMeanwhileAndNothingWritten()
    {
        // Arrange: the row was read with an older version.
        var writes = await PlanAsync(etag: "W/\"1\"");

        // Act
        var items = await CreateSut().WriteAsync(Address, writes, dryRun: false, CancellationToken.None);

        // Assert: one item for the three operations; the changeset left the row as it was (still completed, address kept).
        var item = Assert.Single(items);
        Assert.Equal((ForgetTarget.EmailActivity, ForgetOutcome.ChangedMeanwhile), (item.Target, item.Outcome));
        Assert.Equal(Ada, Row().GetAttributeValue<string>(ActivityNames.EmailAddress));
        Assert.Equal(ActivityNames.Completed, Row().GetAttributeValue<OptionSetValue>(ActivityNames.StateCode).Value);
    }
}
