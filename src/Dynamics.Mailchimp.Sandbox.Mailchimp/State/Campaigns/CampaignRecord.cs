namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Campaigns;

/// <summary>A campaign sent through the simulation controls; mutated only under the store's lock.</summary>
internal sealed class CampaignRecord
{
    public required string Id { get; init; }

    public required long WebId { get; init; }

    public required string ListId { get; init; }

    public required string Subject { get; init; }

    public required string ListName { get; init; }

    public required DateTimeOffset CreateTime { get; init; }

    public required DateTimeOffset SendTime { get; init; }

    public string Status { get; set; } = "sent";

    /// <summary>Gets the recipients by <c>contact_id</c> with the address they were sent to and their delivery status.</summary>
    public Dictionary<string, (string Email, string Delivery)> Recipients { get; } = new(StringComparer.Ordinal);

    public List<ActivityRecord> Activity { get; } = [];

    public List<ActivityRecord> Unsubscribes { get; } = [];
}
