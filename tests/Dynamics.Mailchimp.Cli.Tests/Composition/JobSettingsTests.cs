using System.Reflection;
using System.Runtime.CompilerServices;
using Dynamics.Mailchimp.Cli.Composition;
using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.Extensions.Configuration;

namespace Dynamics.Mailchimp.Cli.Tests.Composition;

/// <summary>
/// The job's settings are bound by the configuration binder's source generator (native AOT has no reflection binder).
/// That generator silently skips a property it cannot set (an <c>init</c> accessor, or no public setter) and binds
/// nothing for a generic <c>Get&lt;T&gt;</c>: every setting of every section is set here to a value other than its
/// default and read back.
/// </summary>
public sealed class JobSettingsTests
{
    private static readonly Type[] BoundTypes =
    [
        typeof(SyncOptions), typeof(PushRunOptions), typeof(LeaseOptions), typeof(QueueBackoffOptions), typeof(PullOptions),
        typeof(ActivityPullOptions), typeof(ReconcileOptions), typeof(WebhookOptions), typeof(DataverseClientOptions),
        typeof(MailchimpClientOptions),
    ];

    [Fact]
    public void Read_EverySettingOfEverySection_IsBound()
    {
        // Arrange: each setting away from its default (and within its range).
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sync:DoNotSendMarketingMaterialsUnsubscribes"] = "false",
            ["Sync:MaxAttempts"] = "9",
            ["Sync:SyncContacts"] = "false",
            ["Sync:SyncLeads"] = "false",
            ["Sync:SyncAccounts"] = "false",
            ["Sync:MassRemovalPercent"] = "12.5",
            ["Sync:MassRemovalMinimumMembers"] = "7",
            ["Sync:AllowMassRemoval"] = "true",
            ["Sync:FullResync"] = "true",
            ["Sync:Push:RowsPerCycle"] = "123",
            ["Sync:Push:ChangesPerCycle"] = "456",
            ["Sync:Push:DryRun"] = "true",
            ["Sync:Lease:Duration"] = "00:03:00",
            ["Sync:Lease:RunId"] = "run-7",
            ["Sync:Backoff:BaseDelay"] = "00:01:00",
            ["Sync:Backoff:MaxDelay"] = "02:00:00",
            ["Sync:Pull:UnsubscribeBlocksBulkEmail"] = "false",
            ["Sync:Pull:UnsubscribeBlocksMarketingMaterials"] = "false",
            ["Sync:Pull:UnsubscribeLeavesLists"] = "false",
            ["Sync:Pull:ResubscribeAllowsMarketing"] = "false",
            ["Sync:Pull:CleanedBlocksBulkEmail"] = "true",
            ["Sync:Pull:CreateLeadsForUnmatched"] = "true",
            ["Sync:Pull:PageSize"] = "250",
            ["Sync:Pull:DryRun"] = "true",
            ["Sync:Activity:Retention"] = "30.00:00:00",
            ["Sync:Activity:Overlap"] = "00:20:00",
            ["Sync:Activity:AudienceId"] = "aud1",
            ["Sync:Activity:BatchSize"] = "50",
            ["Sync:Activity:DryRun"] = "true",
            ["Sync:Reconcile:DynamicLists"] = "false",
            ["Sync:Reconcile:IntervalDays"] = "0",
            ["Sync:Reconcile:SampleSize"] = "3",
            ["Webhooks:Secret"] = "s3",
            ["Webhooks:PublicUrl"] = "https://hooks.example.com/mc",
            ["Webhooks:Listen"] = "http://127.0.0.1:9090",
            ["Webhooks:BatchSize"] = "20",
            ["Webhooks:MailchimpConcurrency"] = "2",
            ["Webhooks:MappingsRefreshSeconds"] = "30",
            ["Webhooks:AnswerWithinSeconds"] = "5",
        }).Build();

        // Act
        var settings = JobSettings.Read(configuration);

        // Assert
        Assert.Equal(
            new SyncOptions
            {
                DoNotSendMarketingMaterialsUnsubscribes = false, MaxAttempts = 9, SyncContacts = false, SyncLeads = false, SyncAccounts = false,
                MassRemovalPercent = 12.5, MassRemovalMinimumMembers = 7, AllowMassRemoval = true, FullResync = true,
            },
            settings.Sync);
        Assert.Equal(new PushRunOptions { RowsPerCycle = 123, ChangesPerCycle = 456, DryRun = true }, settings.Push);
        Assert.Equal(new LeaseOptions { Duration = TimeSpan.FromMinutes(3), RunId = "run-7" }, settings.Lease);
        Assert.Equal(new QueueBackoffOptions { BaseDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromHours(2) }, settings.Backoff);
        Assert.Equal(
            new PullOptions
            {
                UnsubscribeBlocksBulkEmail = false, UnsubscribeBlocksMarketingMaterials = false, UnsubscribeLeavesLists = false,
                ResubscribeAllowsMarketing = false, CleanedBlocksBulkEmail = true, CreateLeadsForUnmatched = true, PageSize = 250, DryRun = true,
            },
            settings.Pull);
        Assert.Equal(
            (TimeSpan.FromDays(30), TimeSpan.FromMinutes(20), "aud1", 50, true),
            (settings.Activity.Retention, settings.Activity.Overlap, settings.Activity.AudienceId, settings.Activity.BatchSize, settings.Activity.DryRun));
        Assert.Equal(new ReconcileOptions { DynamicLists = false, IntervalDays = 0, SampleSize = 3 }, settings.Reconcile);
        Assert.Equal(
            ("s3", new Uri("https://hooks.example.com/mc"), "http://127.0.0.1:9090", 20, 2, 30, 5),
            (settings.Webhooks.Secret, settings.Webhooks.PublicUrl, settings.Webhooks.Listen, settings.Webhooks.BatchSize,
                settings.Webhooks.MailchimpConcurrency, settings.Webhooks.MappingsRefreshSeconds, settings.Webhooks.AnswerWithinSeconds));
    }

    [Fact]
    public void Read_ASettingOfTheWrongForm_NamesItsSection()
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Sync:Reconcile:IntervalDays"] = "weekly" }).Build();

        // Act
        var error = Assert.Throws<DmcConfigurationException>(() => JobSettings.Read(configuration));

        // Assert
        Assert.Contains(nameof(ReconcileOptions), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sync:MaxAttempts", "0", "Sync:MaxAttempts")]
    [InlineData("Sync:Push:RowsPerCycle", "0", "Sync:Push:RowsPerCycle")]
    [InlineData("Sync:Lease:Duration", "00:00:01", "Sync:Lease:Duration")]
    [InlineData("Sync:Backoff:MaxDelay", "31.00:00:00", "Sync:Backoff:MaxDelay")]
    [InlineData("Sync:Pull:PageSize", "5", "Sync:Pull:PageSize")]
    [InlineData("Sync:Activity:Retention", "00:01:00", "Sync:Activity:Retention")]
    [InlineData("Sync:Reconcile:SampleSize", "101", "Sync:Reconcile:SampleSize")]
    [InlineData("Webhooks:AnswerWithinSeconds", "10", "Webhooks:AnswerWithinSeconds")]
    public void Read_ASettingOutOfRange_NamesTheSettingWithItsSection(string key, string value, string named)
    {
        // Arrange
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();

        // Act
        var error = Assert.Throws<DmcConfigurationException>(() => JobSettings.Read(configuration));

        // Assert
        Assert.Contains("  - " + named + ": ", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void BoundType_EveryPublicPropertyHasAPlainSetter(Type type)
    {
        // Arrange: the generator skips init accessors without a word; the write-only secrets are read by name.
        var skipped = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetSetMethod() is not { } setter
                || setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Where(p => p.GetGetMethod() is not null)
            .Select(p => p.Name);

        // Act + Assert
        Assert.Empty(skipped);
    }

    public static TheoryData<Type> Types() => [.. BoundTypes];
}
