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
        const string Sync = SyncOptions.SectionName;
        return new JobSettings(
            Section(configuration, Sync, s => s.Get<SyncOptions>(), new SettingsValidators.Sync()),
            Section(configuration, Sync + ":Push", s => s.Get<PushRunOptions>(), new SettingsValidators.Push()),
            Section(configuration, Sync + ":Lease", s => s.Get<LeaseOptions>(), new SettingsValidators.Lease()),
            Section(configuration, Sync + ":Backoff", s => s.Get<QueueBackoffOptions>(), new SettingsValidators.Backoff()))
        {
            Pull = Section(configuration, Sync + ":" + PullOptions.SectionName, s => s.Get<PullOptions>(), new SettingsValidators.Pull()),
            Activity = Section(configuration, Sync + ":" + ActivitySectionName, s => s.Get<ActivityPullOptions>(), new SettingsValidators.Activity()),
            Reconcile = Section(configuration, ReconcileOptions.SectionName, s => s.Get<ReconcileOptions>(), new SettingsValidators.Reconcile()),
            Webhooks = Section(configuration, WebhookOptions.SectionName, s => s.Get<WebhookOptions>(), new SettingsValidators.Webhooks()),
        };
    }

    // One section: bound by the generated binder (each call names its type, Get<SyncOptions> and not Get<T>, as native
    // AOT needs; an absent section gives the defaults; a value of the wrong form is named by the type), then checked by
    // its generated validator, whose failures read "Member: message", so a line reads "Section:Member: message".
    private static T Section<T>(IConfiguration configuration, string path, Func<IConfiguration, T?> get, IValidateOptions<T> validator)
        where T : class, new()
    {
        T options;
        try
        {
            options = get(configuration.GetSection(path)) ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new DmcConfigurationException($"A {typeof(T).Name} setting has a value of the wrong form: {e.InnerException?.Message ?? e.Message}", e);
        }

        var result = validator.Validate(null, options);
        if (result.Failed)
        {
            var failures = string.Join(Environment.NewLine, result.Failures?.Select(f => $"  - {path}:{f}") ?? []);
            throw new DmcConfigurationException($"The {path} settings are not valid:{Environment.NewLine}{failures}");
        }

        return options;
    }
}
