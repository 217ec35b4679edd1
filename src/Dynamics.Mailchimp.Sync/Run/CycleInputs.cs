using Dynamics.Mailchimp.Sync.Coalesce;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>What one cycle read and worked out before deciding: the steps' inputs and their per-row outcomes.</summary>
public sealed record CycleInputs
{
    /// <summary>Gets the list mappings.</summary>
    public required ListMappings Lists { get; init; }

    /// <summary>Gets the memberships of every record the cycle looked at.</summary>
    public required MembershipIndex Index { get; init; }

    /// <summary>Gets what Expand made of the rows.</summary>
    public required ExpandResult Expanded { get; init; }

    /// <summary>Gets what Coalesce made of the events.</summary>
    public required CoalesceResult Coalesced { get; init; }

    /// <summary>Gets the snapshots of the changed records and of every record that shares their addresses.</summary>
    public required IReadOnlyList<MemberSnapshot> Snapshots { get; init; }

    /// <summary>Gets each audience's settings.</summary>
    public required IReadOnlyDictionary<string, AudienceSettings> Settings { get; init; }

    /// <summary>Gets the Customer Insights – Journeys email consent records of the snapshots' addresses, for the audiences mapped to a purpose.</summary>
    public JourneysConsents Consents { get; init; } = JourneysConsents.None;
}
