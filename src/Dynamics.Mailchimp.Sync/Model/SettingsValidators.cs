using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Reconcile;
using Dynamics.Mailchimp.Sync.Run;
using Dynamics.Mailchimp.Sync.Webhooks;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// The checks of the engine's settings against their attributes, generated at compile time
/// (<see cref="OptionsValidatorAttribute"/>): reflection-based DataAnnotations validation is not available in the
/// natively compiled dmc. A failure reads "Member: message".
/// </summary>
public static partial class SettingsValidators
{
    /// <summary>Why a <c>[Range(typeof(TimeSpan), …)]</c> may stand despite the trimming warning on its constructor.</summary>
    internal const string OwnRangeCopy = "Checked by the generated validator, which carries its own copy of the attribute; nothing reflects on it.";

    /// <summary>Throws when <paramref name="options"/> break a rule.</summary>
    /// <typeparam name="T">The settings type.</typeparam>
    /// <param name="validator">Its validator.</param>
    /// <param name="options">The settings.</param>
    /// <exception cref="ValidationException">A setting is out of range; the message names it.</exception>
    public static void ThrowIfInvalid<T>(IValidateOptions<T> validator, T options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(validator);
        var result = validator.Validate(null, options);
        if (result.Failed)
        {
            throw new ValidationException(result.FailureMessage);
        }
    }

    /// <summary>Checks <see cref="SyncOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Sync : IValidateOptions<SyncOptions>;

    /// <summary>Checks <see cref="PushRunOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Push : IValidateOptions<PushRunOptions>;

    /// <summary>Checks <see cref="LeaseOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Lease : IValidateOptions<LeaseOptions>;

    /// <summary>Checks <see cref="QueueBackoffOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Backoff : IValidateOptions<QueueBackoffOptions>;

    /// <summary>Checks <see cref="PullOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Pull : IValidateOptions<PullOptions>;

    /// <summary>Checks <see cref="ActivityPullOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Activity : IValidateOptions<ActivityPullOptions>;

    /// <summary>Checks <see cref="ReconcileOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Reconcile : IValidateOptions<ReconcileOptions>;

    /// <summary>Checks <see cref="WebhookOptions"/>.</summary>
    [OptionsValidator]
    public sealed partial class Webhooks : IValidateOptions<WebhookOptions>;
}
