using System.Text.Json;

namespace Dynamics.Mailchimp.Dataverse.Queries;

/// <summary>One page of a change-tracking read: new or changed rows, deleted ids and, on the last page, the new delta link.</summary>
/// <param name="Changed">Rows created or updated since the previous delta link (all rows on the first read).</param>
/// <param name="DeletedIds">Ids of rows deleted since the previous delta link (<c>$deletedEntity</c> entries).</param>
/// <param name="DeltaLink">The <c>@odata.deltaLink</c> to store and pass next time; set on the last page only.</param>
public sealed record ChangeTrackingPage(IReadOnlyList<JsonElement> Changed, IReadOnlyList<Guid> DeletedIds, string? DeltaLink)
{
    /// <summary>Whether this is the last page (it carries the delta link).</summary>
    public bool IsLastPage => DeltaLink is not null;
}
