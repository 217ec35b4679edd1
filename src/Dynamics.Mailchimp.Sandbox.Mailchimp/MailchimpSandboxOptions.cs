using System.ComponentModel.DataAnnotations;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp;

/// <summary>Options of <see cref="MailchimpSandbox"/>; validated when the sandbox starts.</summary>
public sealed class MailchimpSandboxOptions
{
    /// <summary>Gets or sets the only API key the sandbox accepts (Basic password or Bearer token).</summary>
    /// <value>Defaults to <see cref="MailchimpSandboxDefaults.ApiKey"/>.</value>
    [Required]
    [RegularExpression("^[0-9a-f]{32}-[a-z]+[0-9]*$", ErrorMessage = "ApiKey must be 32 hex characters, a dash and a data-centre prefix such as us21.")]
    public string ApiKey { get; set; } = MailchimpSandboxDefaults.ApiKey;

    /// <summary>Gets or sets the simultaneous in-flight requests allowed per key before 429.</summary>
    /// <value>Defaults to 10, Mailchimp's limit.</value>
    [Range(1, 1000)]
    public int MaxConcurrentConnections { get; set; } = MailchimpSandboxDefaults.MaxConcurrentConnections;

    /// <summary>Gets the audiences created at start-up and on reset.</summary>
    /// <value>Defaults to one audience, <c>Sandbox Audience</c> with id <c>a1b2c3d4e5</c>.</value>
    [Required]
    [MinLength(1)]
    public IList<SandboxAudienceSeed> Audiences { get; init; } = [new SandboxAudienceSeed()];

    /// <summary>Gets or sets the delay added before each request, timed by <see cref="LatencyClock"/> (not <see cref="TimeProvider"/>).</summary>
    /// <value>Defaults to zero.</value>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Gets or sets the clock that times <see cref="Latency"/>; kept apart from <see cref="TimeProvider"/> so a fake data clock does not freeze requests.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>; tests pass a fake one to observe the delay.</value>
    [Required]
    public TimeProvider LatencyClock { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets what batch subscribe does with <c>subscribed</c> for a member who unsubscribed themselves.</summary>
    /// <value>Defaults to <see cref="BatchResubscribeBehavior.KeepUnsubscribed"/>: silently kept and reported with its real status, as recorded in the field.</value>
    public BatchResubscribeBehavior BatchResubscribe { get; set; } = BatchResubscribeBehavior.KeepUnsubscribed;

    /// <summary>Gets or sets the clock for <c>last_changed</c>, send times and activity; tests pass a fake one.</summary>
    /// <value>Defaults to <see cref="TimeProvider.System"/>.</value>
    [Required]
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the gate that background batches (<c>POST /batches</c>) pass before they start and before each operation; tests hold and step it.</summary>
    /// <value>Defaults to an open gate: a batch runs as soon as it is submitted.</value>
    [Required]
    public Batches.BatchGate BatchGate { get; set; } = new();
}
