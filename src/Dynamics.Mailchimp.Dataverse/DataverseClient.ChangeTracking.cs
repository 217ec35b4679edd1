using System.Runtime.CompilerServices;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Validation;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    /// <inheritdoc />
    public IAsyncEnumerable<ChangeTrackingPage> TrackChangesAsync(
        string entitySetName, IReadOnlyList<string> select, string? deltaLink, CancellationToken cancellationToken = default)
    {
        var relative = new DataverseQuery(entitySetName) { Select = select ?? throw new ArgumentNullException(nameof(select)) }.ToRelativeUri();
        var first = deltaLink is null ? _requests.BuildUri(relative, isWrite: false) : ToFollowUri(deltaLink, nameof(deltaLink));
        return ReadChangePagesAsync(first, cancellationToken);
    }

    private async IAsyncEnumerable<ChangeTrackingPage> ReadChangePagesAsync(Uri first, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string[] preferences = [DataverseHeaderNames.TrackChangesPreference, DataverseHeaderNames.MaxPageSizePreference + _options.MaxPageSize];
        Uri? next = first;
        while (next is not null)
        {
            using var document = await GetJsonAsync(next, preferences, cancellationToken).ConfigureAwait(false);
            var changed = new List<JsonElement>();
            var deleted = new List<Guid>();
            foreach (var row in Rows(document.RootElement))
            {
                if (IsDeletedEntity(row))
                {
                    deleted.Add(row.TryGetProperty(ODataPropertyNames.Id, out var id) && id.TryGetGuid(out var guid)
                        ? guid
                        : throw new DataverseResponseFormatException("A Dataverse $deletedEntity entry has no valid 'id'."));
                }
                else
                {
                    changed.Add(row.Clone());
                }
            }

            var deltaLink = ReadString(document.RootElement, ODataPropertyNames.DeltaLink);
            var nextLink = ReadString(document.RootElement, ODataPropertyNames.NextLink);
            next = nextLink is null ? null : ToFollowUri(nextLink, ODataPropertyNames.NextLink);
            if (next is null && deltaLink is null)
            {
                throw new DataverseResponseFormatException(
                    "The Dataverse change-tracking response has neither @odata.nextLink nor @odata.deltaLink; is change tracking enabled on the table?");
            }

            yield return new ChangeTrackingPage(changed, deleted, next is null ? deltaLink : null);
        }
    }

    private static bool IsDeletedEntity(JsonElement row) =>
        row.TryGetProperty(ODataPropertyNames.Context, out var context)
        && context.ValueKind == JsonValueKind.String
        && context.GetString()!.EndsWith(ODataPropertyNames.DeletedEntitySuffix, StringComparison.Ordinal);
}
