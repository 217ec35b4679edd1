using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Xml.Linq;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Queries;
using Dynamics.Mailchimp.Dataverse.Validation;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    /// <inheritdoc />
    public IAsyncEnumerable<JsonElement> QueryFetchXmlAsync(string entitySetName, string fetchXml, CancellationToken cancellationToken = default)
    {
        DataverseNames.EntitySet(entitySetName);
        var fetch = FetchXmlPaging.Parse(fetchXml);
        return ReadFetchPagesAsync(entitySetName, fetch, cancellationToken);
    }

    private async IAsyncEnumerable<JsonElement> ReadFetchPagesAsync(string entitySetName, XElement fetch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string[] preferences = [DataverseHeaderNames.FetchXmlAnnotationsPreference];
        var page = 1;
        string? cookie = null;
        while (true)
        {
            var xml = FetchXmlPaging.Render(fetch, page, cookie, _options.MaxPageSize);
            var uri = _requests.BuildUri(FetchXmlUri.Relative(entitySetName, xml), isWrite: false);
            var annotations = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            await foreach (var row in ReadPageAsync(uri, preferences, annotations, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }

            var more = annotations.TryGetValue(ODataPropertyNames.MoreRecords, out var flag) && flag.ValueKind == JsonValueKind.True;
            if (!more)
            {
                yield break;
            }

            (page, cookie) = FetchXmlPaging.Next(ReadString(annotations, ODataPropertyNames.PagingCookie), page);
        }
    }
}
