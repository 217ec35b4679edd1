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

    /// <summary>Gets the audiences these lists map to (syncing, switched off or deleted), each once.</summary>
    public IReadOnlyList<string> Audiences => byId.Values.Select(mapping => mapping.AudienceId).Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The list with id <paramref name="listId"/>, or <see langword="null"/>.</summary>
    /// <param name="listId">The list id.</param>
    /// <returns>The mapping, or <see langword="null"/>.</returns>
    public ListMapping? Find(Guid listId) => byId.GetValueOrDefault(listId);

    /// <summary>The list with id <paramref name="listId"/> when it syncs and is configured completely, or <see langword="null"/>.</summary>
    /// <param name="listId">The list id.</param>
    /// <returns>The mapping, or <see langword="null"/>.</returns>
    public ListMapping? FindSyncing(Guid listId) => syncingIds.Contains(listId) ? byId[listId] : null;

    /// <summary>
    /// These lists plus the mappings of the deleted lists <paramref name="rows"/> describe (which Dataverse no longer
    /// returns), so Decide can tell what leaving them means. A list read from Dataverse wins over a row's copy.
    /// </summary>
    /// <param name="rows">The run's rows.</param>
    /// <returns>The lists, or this instance when no row describes a deleted list.</returns>
    public ListMappings WithDeleted(IEnumerable<QueueRow> rows)
    {
        var deleted = rows.Select(row => row.DeletedList?.Mapping).OfType<ListMapping>().Where(mapping => !byId.ContainsKey(mapping.ListId)).DistinctBy(mapping => mapping.ListId).ToArray();
        return deleted.Length == 0 ? this : new ListMappings(byId.Values.Concat(deleted));
    }

    /// <summary>The syncing lists mapped into <paramref name="audienceId"/>.</summary>
    /// <param name="audienceId">The audience id.</param>
    /// <returns>The lists, in id order.</returns>
    public IEnumerable<ListMapping> SyncingIn(string audienceId) => Syncing.Where(mapping => mapping.AudienceId == audienceId);
}
