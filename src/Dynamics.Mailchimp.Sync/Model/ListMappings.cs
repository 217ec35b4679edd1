namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>The list mappings of a run, by list id. Immutable.</summary>
public sealed class ListMappings
{
    private readonly IReadOnlyDictionary<Guid, ListMapping> byId;
    private readonly IReadOnlySet<Guid> syncingIds;

    /// <summary>Initializes a new instance of the <see cref="ListMappings"/> class.</summary>
    /// <param name="mappings">The lists; one per id.</param>
    public ListMappings(IEnumerable<ListMapping> mappings)
    {
        byId = mappings.ToDictionary(mapping => mapping.ListId);
        Syncing = byId.Values.Where(mapping => mapping.IsSyncing && ListMappingCheck.FindProblem(mapping) is null).OrderBy(mapping => mapping.ListId).ToArray();
        syncingIds = Syncing.Select(mapping => mapping.ListId).ToHashSet();
    }

    /// <summary>Gets the lists that sync and are configured completely, in id order.</summary>
    public IReadOnlyList<ListMapping> Syncing { get; }

    /// <summary>The list with id <paramref name="listId"/>, or <see langword="null"/>.</summary>
    /// <param name="listId">The list id.</param>
    /// <returns>The mapping, or <see langword="null"/>.</returns>
    public ListMapping? Find(Guid listId) => byId.GetValueOrDefault(listId);

    /// <summary>The list with id <paramref name="listId"/> when it syncs and is configured completely, or <see langword="null"/>.</summary>
    /// <param name="listId">The list id.</param>
    /// <returns>The mapping, or <see langword="null"/>.</returns>
    public ListMapping? FindSyncing(Guid listId) => syncingIds.Contains(listId) ? byId[listId] : null;

    /// <summary>The syncing lists mapped into <paramref name="audienceId"/>.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <returns>The lists, in id order.</returns>
    public IEnumerable<ListMapping> SyncingIn(string audienceId) => Syncing.Where(mapping => mapping.AudienceId == audienceId);
}
