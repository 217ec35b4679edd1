using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Validation;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    /// <inheritdoc />
    public Task<WriteResult> CreateAsync(string entitySetName, JsonObject record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return SendWriteAsync(HttpMethod.Post, DataverseNames.EntitySet(entitySetName), record, null, null, null, requireEntityId: true, returnRow: false, idColumn: null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WriteResult> CreateReturningAsync(string entitySetName, JsonObject record, IReadOnlyList<string> select, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        RequireColumns(select);
        var relative = DataverseNames.EntitySet(entitySetName) + SelectOption(select);
        return SendWriteAsync(HttpMethod.Post, relative, record, null, null, null, requireEntityId: true, returnRow: true, idColumn: select[0], cancellationToken);
    }

    /// <inheritdoc />
    public Task<WriteResult> UpdateAsync(string entitySetName, Guid id, JsonObject changes, string? etag = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var key = EntityKey.FromId(id);
        var ifMatch = DataverseNames.ETag(etag ?? "*");
        return SendWriteAsync(HttpMethod.Patch, DataverseNames.EntitySet(entitySetName) + key, changes, ifMatch.ToString(), null, id, requireEntityId: false, returnRow: false, idColumn: null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WriteResult> UpdateReturningAsync(string entitySetName, Guid id, JsonObject changes, string? etag, IReadOnlyList<string> select, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        RequireColumns(select);
        var relative = DataverseNames.EntitySet(entitySetName) + EntityKey.FromId(id) + SelectOption(select);
        var ifMatch = DataverseNames.ETag(etag ?? "*");
        return SendWriteAsync(HttpMethod.Patch, relative, changes, ifMatch.ToString(), null, id, requireEntityId: false, returnRow: true, idColumn: null, cancellationToken);
    }

    /// <inheritdoc />
    public Task<WriteResult> UpsertAsync(string entitySetName, EntityKey key, JsonObject record, UpsertMode mode = UpsertMode.CreateOrUpdate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(record);
        return SendWriteAsync(
            HttpMethod.Patch,
            DataverseNames.EntitySet(entitySetName) + key,
            record,
            mode == UpsertMode.UpdateOnly ? "*" : null,
            mode == UpsertMode.CreateOnly ? "*" : null,
            key.Id,
            requireEntityId: false,
            returnRow: false,
            idColumn: null,
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<WriteResult> DeleteAsync(string entitySetName, Guid id, string? etag = null, CancellationToken cancellationToken = default)
    {
        var key = EntityKey.FromId(id);
        var ifMatch = etag is null ? null : DataverseNames.ETag(etag).ToString();
        return SendWriteAsync(HttpMethod.Delete, DataverseNames.EntitySet(entitySetName) + key, null, ifMatch, null, id, requireEntityId: false, returnRow: false, idColumn: null, cancellationToken);
    }

    private static void RequireColumns(IReadOnlyList<string> select)
    {
        ArgumentNullException.ThrowIfNull(select);
        if (select.Count == 0)
        {
            throw new ArgumentException("Name at least one column to return: an empty $select returns every column.", nameof(select));
        }
    }

    private async Task<WriteResult> SendWriteAsync(
        HttpMethod method, string relative, JsonObject? body, string? ifMatch, string? ifNoneMatch, Guid? knownId, bool requireEntityId, bool returnRow, string? idColumn, CancellationToken cancellationToken)
    {
        using var request = _requests.Create(method, _requests.BuildUri(relative, isWrite: true), body);
        if (returnRow)
        {
            DataverseRequestFactory.AddPreference(request, DataverseHeaderNames.ReturnRepresentationPreference);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var error = DataverseErrorParser.Parse(text);
            if (!DataverseErrorCodes.IsUnknownResource(error))
            {
                var outcome = response.StatusCode == HttpStatusCode.NotFound ? WriteOutcome.NotFound : WriteOutcome.PreconditionFailed;
                return new WriteResult(outcome, response.StatusCode, knownId, null, error);
            }

            var exception = DataverseErrorParser.Create(response.StatusCode, error, DataverseErrorParser.ReadRequestId(response), Describe(request), _options);
            DataverseLog.RequestFailed(_logger, exception.Request, (int)exception.StatusCode, exception.ErrorCode, exception.RequestId);
            throw exception;
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await CreateExceptionAsync(response, request, cancellationToken).ConfigureAwait(false);
        }

        var entityId = response.Headers.TryGetValues(DataverseHeaderNames.ODataEntityId, out var values)
            ? EntityIdParser.TryParse(values.FirstOrDefault())
            : null;

        // With return=representation the row comes back (200/201) carrying its @odata.etag (and the selected key, where
        // the answer has no OData-EntityId); a 204 means the preference was not applied.
        string? etag = null;
        if (returnRow && response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created)
        {
            var row = await ReadReturnedRowAsync(response, request, idColumn, cancellationToken).ConfigureAwait(false);
            etag = row.ETag;
            entityId ??= row.Id;
        }

        if (entityId is null && requireEntityId)
        {
            var where = idColumn is null ? "OData-EntityId header" : $"OData-EntityId header nor {idColumn} in the returned row";
            throw new DataverseResponseFormatException($"Dataverse {Describe(request)} succeeded but returned no usable {where}.");
        }

        return new WriteResult(WriteOutcome.Succeeded, response.StatusCode, entityId ?? knownId, etag ?? response.Headers.ETag?.ToString(), null);
    }
}
