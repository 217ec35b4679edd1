using Dynamics.Mailchimp.Sync.Journeys;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>What every decision of a run shares.</summary>
/// <param name="Lists">The lists: every syncing list, plus the mappings of deleted lists the run knows.</param>
/// <param name="Index">The syncing lists each record is in now.</param>
/// <param name="Options">The run's options.</param>
public sealed record DecisionContext(ListMappings Lists, MembershipIndex Index, SyncOptions Options)
{
    /// <summary>Gets the audiences' settings; an audience missing here has the defaults.</summary>
    public IReadOnlyDictionary<string, AudienceSettings> Settings { get; init; } = new Dictionary<string, AudienceSettings>();

    /// <summary>Gets the Customer Insights – Journeys email consent records of the batch's addresses; none without Journeys.</summary>
    public JourneysConsents Consents { get; init; } = JourneysConsents.None;

    /// <summary>The settings of <paramref name="audienceId"/>.</summary>
    /// <param name="audienceId">The audience.</param>
    /// <returns>The configured settings or the defaults.</returns>
    public AudienceSettings SettingsFor(string audienceId) => Settings.GetValueOrDefault(audienceId) ?? AudienceSettings.For(audienceId);

    /// <summary>The syncing lists of <paramref name="audienceId"/> that <paramref name="record"/> is in now.</summary>
    /// <param name="record">The record.</param>
    /// <param name="audienceId">The audience.</param>
    /// <returns>The lists.</returns>
    public IEnumerable<ListMapping> ListsOf(RecordRef record, string audienceId)
    {
        // A loop, not a LINQ chain: called for every record of every member, its delegates and closures added up.
        foreach (var listId in Index.ListsOf(record))
        {
            if (SyncingListOf(listId, audienceId) is { } list)
            {
                yield return list;
            }
        }
    }

    /// <summary>Whether <paramref name="record"/> is in a syncing list of <paramref name="audienceId"/> now (<see cref="ListsOf"/> has one).</summary>
    /// <param name="record">The record.</param>
    /// <param name="audienceId">The audience.</param>
    /// <returns>True when it is in one.</returns>
    public bool IsInAnyList(RecordRef record, string audienceId)
    {
        foreach (var listId in Index.ListsOf(record))
        {
            if (SyncingListOf(listId, audienceId) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private ListMapping? SyncingListOf(Guid listId, string audienceId) =>
        Lists.FindSyncing(listId) is { } list && list.AudienceId == audienceId ? list : null;
}
