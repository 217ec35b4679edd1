using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Journeys;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>Per-audience choices an admin edits in Dataverse. Immutable; <see cref="For"/> gives the defaults.</summary>
public sealed record AudienceSettings
{
    /// <summary>Gets the audience id.</summary>
    public required string AudienceId { get; init; }

    /// <summary>Gets the status a new member gets: subscribed, or pending (Mailchimp asks the person to confirm).</summary>
    /// <value>Default <see cref="MemberStatus.Subscribed"/>.</value>
    public MemberStatus NewMemberStatus { get; init; } = MemberStatus.Subscribed;

    /// <summary>Gets what leaving the last audience-mapped list does.</summary>
    /// <value>Default <see cref="LeaveAction.Archive"/>.</value>
    public LeaveAction LeaveAction { get; init; } = LeaveAction.Archive;

    /// <summary>
    /// Gets a value indicating whether a member the job will not re-subscribe (unsubscribed in Mailchimp) is sent to
    /// <c>pending</c> instead when the record (re)joins, so Mailchimp asks the person to confirm.
    /// </summary>
    /// <value>Default <see langword="false"/>.</value>
    public bool Repermission { get; init; }

    /// <summary>Gets the configured merge-field mappings; they add to, and for the same merge tag replace, <see cref="MergeFieldDefaults"/>.</summary>
    /// <value>Default none.</value>
    public IReadOnlyList<MergeFieldMapping> MergeFieldMappings { get; init; } = [];

    /// <summary>
    /// Gets the Customer Insights – Journeys purpose (and topic) the audience is mapped to: where the org has contact point
    /// consent records, the pull writes the email consent for it and the push reads it for a new member's status.
    /// </summary>
    /// <value>Default <see langword="null"/>: consent records are neither read nor written for the audience.</value>
    public JourneysPurpose? Journeys { get; init; }

    /// <summary>The default settings of <paramref name="audienceId"/>.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <returns>The defaults.</returns>
    public static AudienceSettings For(string audienceId) => new() { AudienceId = audienceId };
}
