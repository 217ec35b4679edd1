using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>Streams a list's members as snapshots, a page of 5,000 at a time, for reconciliation and the drift report.</summary>
public interface IListMemberStream
{
    /// <summary>
    /// The members of <paramref name="list"/> now: a static list's <c>listmember</c> rows, a dynamic list's query,
    /// each as a snapshot with <paramref name="mappedColumns"/> of its table, in primary-key order. Read the list
    /// mappings first (<see cref="IRecordReader.ReadListMappingsAsync"/>), which keeps the dynamic lists' queries.
    /// </summary>
    /// <param name="list">The list.</param>
    /// <param name="mappedColumns">The merge-field mappings' columns, per table.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The members; none when the list's member table or query cannot be read.</returns>
    IAsyncEnumerable<MemberSnapshot> StreamMembersAsync(ListMapping list, IReadOnlyDictionary<string, IReadOnlyCollection<string>> mappedColumns, CancellationToken cancellationToken);
}
