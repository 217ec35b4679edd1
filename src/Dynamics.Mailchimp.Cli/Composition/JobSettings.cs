using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Cli.Composition;

/// <summary>
/// The engine's settings from the <c>Sync</c> section (<c>Sync</c>, <c>Sync:Push</c>, <c>Sync:Lease</c>,
/// <c>Sync:Backoff</c>, <c>Sync:Pull</c>, <c>Sync:Activity</c>, <c>Sync:Reconcile</c>), validated with their attributes before the run starts.
/// </summary>
/// <param name="Sync">What the engine decides (opt-outs, kinds, the mass-removal rail, full resync).</param>
/// <param name="Push">How a run takes the queue.</param>
/// <param name="Lease">The push lease.</param>
/// <param name="Backoff">When a failed row is retried.</param>
public sealed record JobSettings(SyncOptions Sync, PushRunOptions Push, LeaseOptions Lease, QueueBackoffOptions Backoff)
{
    /// <summary>The section of <see cref="Activity"/> under <c>Sync</c>.</summary>
    public const string ActivitySectionName = "Activity";

    /// <summary>Gets how the member-status pull maps Mailchimp's statuses (<c>Sync:Pull</c>).</summary>
    public PullOptions Pull { get; init; } = new();

    /// <summary>Gets the campaign and activity pull's retention, overlap, audience and chunk size (<c>Sync:Activity</c>).</summary>
    public ActivityPullOptions Activity { get; init; } = new();

    /// <summary>Gets whether dynamic lists reconcile on every run, and how often the static lists do (<c>Sync:Reconcile</c>).</summary>
    public ReconcileOptions Reconcile { get; init; } = new();

    /// <summary>Gets the webhook receiver's settings (section <c>Webhooks</c>).</summary>
    public WebhookOptions Webhooks { get; init; } = new();

    /// <summary>Reads and validates the settings.</summary>
    /// <param name="configuration">The job's configuration.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="DmcConfigurationException">A setting is out of range; the message names it.</exception>
    public static JobSettings Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(SyncOptions.SectionName);
        var settings = new JobSettings(
            Bind(nameof(SyncOptions), () => section.Get<SyncOptions>()),
            Bind(nameof(PushRunOptions), () => section.GetSection("Push").Get<PushRunOptions>()),
            Bind(nameof(LeaseOptions), () => section.GetSection("Lease").Get<LeaseOptions>()),
            Bind(nameof(QueueBackoffOptions), () => section.GetSection("Backoff").Get<QueueBackoffOptions>()))
        {
            Pull = Bind(nameof(PullOptions), () => section.GetSection(PullOptions.SectionName).Get<PullOptions>()),
            Activity = Bind(nameof(ActivityPullOptions), () => section.GetSection(ActivitySectionName).Get<ActivityPullOptions>()),
            Reconcile = Bind(nameof(ReconcileOptions), () => configuration.GetSection(ReconcileOptions.SectionName).Get<ReconcileOptions>()),
            Webhooks = Bind(nameof(WebhookOptions), () => configuration.GetSection(WebhookOptions.SectionName).Get<WebhookOptions>()),
        };
        Validate(new SettingsValidators.Sync().Validate(null, settings.Sync), SyncOptions.SectionName);
        Validate(new SettingsValidators.Push().Validate(null, settings.Push), SyncOptions.SectionName + ":Push");
        Validate(new SettingsValidators.Lease().Validate(null, settings.Lease), SyncOptions.SectionName + ":Lease");
        Validate(new SettingsValidators.Backoff().Validate(null, settings.Backoff), SyncOptions.SectionName + ":Backoff");
        Validate(new SettingsValidators.Pull().Validate(null, settings.Pull), SyncOptions.SectionName + ":" + PullOptions.SectionName);
        Validate(new SettingsValidators.Activity().Validate(null, settings.Activity), SyncOptions.SectionName + ":" + ActivitySectionName);
        Validate(new SettingsValidators.Reconcile().Validate(null, settings.Reconcile), ReconcileOptions.SectionName);
        Validate(new SettingsValidators.Webhooks().Validate(null, settings.Webhooks), WebhookOptions.SectionName);
        return settings;
    }

    // Each call names its type (Get<SyncOptions>, not Get<T>), so the binder is generated at compile time, as native AOT
    // needs; an absent section gives the defaults.
    private static T Bind<T>(string name, Func<T?> get)
        where T : new()
    {
        try
        {
            return get() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new DmcConfigurationException($"A {name} setting has a value of the wrong form: {e.InnerException?.Message ?? e.Message}", e);
        }
    }

    // A failure reads "Member: message" (ValidateOptionsResultBuilder), so a line reads "Section:Member: message".
    private static void Validate(ValidateOptionsResult result, string section)
    {
        if (result.Failed)
        {
            var failures = string.Join(Environment.NewLine, result.Failures?.Select(f => $"  - {section}:{f}") ?? []);
            throw new DmcConfigurationException($"The {section} settings are not valid:{Environment.NewLine}{failures}");
        }
    }
}
