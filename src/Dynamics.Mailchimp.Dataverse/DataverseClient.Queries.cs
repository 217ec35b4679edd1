using System.Runtime.CompilerServices;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Validation;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    /// <inheritdoc />
    public IAsyncEnumerable<JsonElement> QueryAsync(DataverseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var first = _requests.BuildUri(query.ToRelativeUri(), isWrite: false);
        return ReadPagesAsync(first, query.PageSize ?? _options.MaxPageSize, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<JsonElement?> RetrieveAsync(string entitySetName, EntityKey key, IReadOnlyList<string> select, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(select);
        var relative = DataverseNames.EntitySet(entitySetName) + key + SelectOption(select);
        using var request = _requests.Create(HttpMethod.Get, _requests.BuildUri(relative, isWrite: false));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            var error = Errors.DataverseErrorParser.Parse(text);
            if (!Errors.DataverseErrorCodes.IsUnknownResource(error))
            {
                return null;
            }

            throw Errors.DataverseErrorParser.Create(response.StatusCode, error, Errors.DataverseErrorParser.ReadRequestId(response), Describe(request), _options);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await CreateExceptionAsync(response, request, cancellationToken).ConfigureAwait(false);
        }

        using var document = await ReadJsonAsync(response, request, cancellationToken).ConfigureAwait(false);
        return document.RootElement.Clone();
    }

    private async IAsyncEnumerable<JsonElement> ReadPagesAsync(Uri first, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string[] preferences = [DataverseHeaderNames.MaxPageSizePreference + pageSize];
        Uri? next = first;
        while (next is not null)
        {
            var annotations = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            await foreach (var row in ReadPageAsync(next, preferences, annotations, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }

            var link = ReadString(annotations, ODataPropertyNames.NextLink);
            next = link is null ? null : ToFollowUri(link, ODataPropertyNames.NextLink);
        }
    }

    /// <summary>One page's rows, streamed from the response (<see cref="CollectionPageReader"/>); its other top-level properties land in <paramref name="annotations"/>.</summary>
    private async IAsyncEnumerable<JsonElement> ReadPageAsync(
        Uri uri, IReadOnlyList<string> preferences, Dictionary<string, JsonElement> annotations, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var request = CreateGet(uri, preferences);
        using var response = await SendSucceededAsync(request, cancellationToken).ConfigureAwait(false);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var page = new CollectionPageReader(stream, Describe(request));
            await foreach (var row in page.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }

            foreach (var (name, value) in page.Annotations)
            {
                annotations[name] = value;
            }
        }
    }

    private static string? ReadString(IReadOnlyDictionary<string, JsonElement> annotations, string name) =>
        annotations.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement.ArrayEnumerator Rows(JsonElement root) =>
        root.TryGetProperty(ODataPropertyNames.Value, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : throw new Errors.DataverseResponseFormatException("A Dataverse collection response has no 'value' array.");

    private static string? ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
