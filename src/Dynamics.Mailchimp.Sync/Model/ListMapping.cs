namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>A marketing list's connector columns: where its members go in Mailchimp.</summary>
public sealed record ListMapping
{
    /// <summary>Gets the list id.</summary>
    public required Guid ListId { get; init; }

    /// <summary>Gets the list name, for reasons and warnings.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the member table (from <c>createdfromcode</c>): contact, lead or account.</summary>
    public required string MemberTable { get; init; }

    /// <summary>Gets the Mailchimp audience id (<c>dmc_audienceid</c>); empty when not set.</summary>
    public required string AudienceId { get; init; }

    /// <summary>Gets what the list maps to in the audience; <see langword="null"/> when <c>dmc_mappingtype</c> is not set.</summary>
    public required ListTarget? Target { get; init; }

    /// <summary>Gets a value indicating whether the list only updates existing members (<c>dmc_updateonly</c>).</summary>
    public bool UpdateOnly { get; init; }

    /// <summary>Gets a value indicating whether the list is dynamic: its members are the rows its FetchXML <c>query</c> returns now.</summary>
    public bool IsDynamic { get; init; }

    /// <summary>Gets what a record leaving a tag or interest list does (<c>dmc_exitaction</c>); an audience list follows its audience's setting.</summary>
    public ListExitAction ExitAction { get; init; }

    /// <summary>Gets a value indicating whether sync is enabled and the list is active.</summary>
    public bool IsSyncing { get; init; }

    /// <summary>"list 'Newsletter' (9d8e…)".</summary>
    /// <returns>The list's name and id.</returns>
    public string Describe() => $"list '{Name}' ({ListId:D})";
}
