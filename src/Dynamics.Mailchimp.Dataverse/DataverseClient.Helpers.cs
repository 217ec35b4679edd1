using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Validation;

namespace Dynamics.Mailchimp.Dataverse;

public sealed partial class DataverseClient
{
    private static async Task<JsonDocument> ReadJsonAsync(HttpResponseMessage response, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                return await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException ex)
            {
                throw new DataverseResponseFormatException($"Dataverse {Describe(request)} returned a body that is not JSON.", ex);
            }
        }
    }

    /// <summary>The <c>?$select=</c> of one row's columns (each validated), or nothing when <paramref name="select"/> is empty (all columns).</summary>
    private static string SelectOption(IReadOnlyList<string> select) =>
        select.Count == 0 ? string.Empty : "?$select=" + string.Join(',', select.Select(c => DataverseNames.Column(c, nameof(select))));

    /// <summary>
    /// The <c>@odata.etag</c> of the row in a write's answer (<c>Prefer: return=representation</c>), and the GUID in its
    /// <paramref name="idColumn"/> (the selected primary key), each null when absent.
    /// </summary>
    private static async Task<(string? ETag, Guid? Id)> ReadReturnedRowAsync(HttpResponseMessage response, HttpRequestMessage request, string? idColumn, CancellationToken cancellationToken)
    {
        using var document = await ReadJsonAsync(response, request, cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, null);
        }

        var etag = root.TryGetProperty(ODataPropertyNames.ETag, out var annotation) && annotation.ValueKind == JsonValueKind.String ? annotation.GetString() : null;
        var id = idColumn is not null && root.TryGetProperty(idColumn, out var key) && key.ValueKind == JsonValueKind.String && key.TryGetGuid(out var guid) ? guid : (Guid?)null;
        return (etag, id);
    }

    /// <summary>Method and path relative to the service root, without the query (which may hold filter values).</summary>
    internal static string Describe(HttpRequestMessage request)
    {
        var path = request.RequestUri?.AbsolutePath ?? string.Empty;
        var marker = path.IndexOf("/api/data/", StringComparison.OrdinalIgnoreCase);
        if (marker >= 0)
        {
            var afterVersion = path.IndexOf('/', marker + "/api/data/".Length);
            path = afterVersion >= 0 ? path[(afterVersion + 1)..] : path;
        }

        return request.Method.Method + " " + Uri.UnescapeDataString(path);
    }

    private Uri ToFollowUri(string link, string parameterName)
    {
        var options = new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true };
        if (!Uri.TryCreate(link, in options, out var uri) || !uri.IsAbsoluteUri
            || Uri.Compare(uri, _requests.ServiceRoot, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new ArgumentException(
                $"The link must be an absolute URL on {_requests.ServiceRoot.GetLeftPart(UriPartial.Authority)} as returned by the service.", parameterName);
        }

        return uri;
    }

    private static Guid ReadGuid(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.TryGetGuid(out var id)
            ? id
            : throw new DataverseResponseFormatException($"The Dataverse WhoAmI response has no valid '{name}'.");
}
