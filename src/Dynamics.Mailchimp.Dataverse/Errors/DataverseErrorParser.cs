using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>Turns OData error bodies and failed responses into <see cref="DataverseError"/> and typed exceptions.</summary>
internal static class DataverseErrorParser
{
    /// <summary>Parses <c>{"error":{"code","message", "@annotations"…}}</c>; other bodies become the message verbatim (trimmed).</summary>
    public static DataverseError Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return DataverseError.Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(ODataPropertyNames.Error, out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                var annotations = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var property in error.EnumerateObject())
                {
                    if (property.Name.StartsWith('@'))
                    {
                        annotations[property.Name] = property.Value.ValueKind == JsonValueKind.String
                            ? property.Value.GetString() ?? string.Empty
                            : property.Value.GetRawText();
                    }
                }

                return new DataverseError(ReadString(error, ODataPropertyNames.Code), ReadString(error, ODataPropertyNames.Message), annotations);
            }
        }
        catch (JsonException)
        {
            // Not JSON (e.g. a gateway HTML page): fall through and keep a short excerpt as the message.
        }

        var text = body.Trim();
        return new DataverseError(string.Empty, text.Length <= 500 ? text : text[..500] + "…", new Dictionary<string, string>());
    }

    /// <summary>Reads the request id header.</summary>
    public static string? ReadRequestId(HttpResponseMessage response)
    {
        foreach (var name in new[] { DataverseHeaderNames.ServiceRequestId, DataverseHeaderNames.RequestIdLegacy })
        {
            if (response.Headers.TryGetValues(name, out var values))
            {
                return values.FirstOrDefault();
            }
        }

        return null;
    }

    /// <summary>Builds the typed exception for a failed response.</summary>
    public static async Task<DataverseApiException> CreateExceptionAsync(
        HttpResponseMessage response, string request, DataverseClientOptions options, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return Create(response.StatusCode, Parse(body), ReadRequestId(response), request, options);
    }

    /// <summary>Builds the typed exception from parts (also used for batch-level failures).</summary>
    public static DataverseApiException Create(HttpStatusCode status, DataverseError error, string? requestId, string request, DataverseClientOptions options) =>
        status switch
        {
            HttpStatusCode.Unauthorized => new DataverseAuthorizationException(request, status, error, requestId, DataverseAdminHints.Unauthorized(options)),
            HttpStatusCode.Forbidden => new DataverseAuthorizationException(request, status, error, requestId, DataverseAdminHints.Forbidden(options)),
            _ => new DataverseApiException(request, status, error, requestId),
        };

    private static string ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
