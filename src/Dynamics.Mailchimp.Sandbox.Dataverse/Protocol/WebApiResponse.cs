using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>The answer to one Web API operation: status, headers and an optional JSON body.</summary>
internal sealed class WebApiResponse
{
    public WebApiResponse(int statusCode, JsonNode? body = null)
    {
        StatusCode = statusCode;
        Body = body;
    }

    /// <summary>The HTTP status.</summary>
    public int StatusCode { get; }

    /// <summary>The JSON body, or null for none (204).</summary>
    public JsonNode? Body { get; }

    /// <summary>
    /// A JSON body written straight to the answer's <see cref="Utf8JsonWriter"/> (query results of thousands of rows,
    /// which need no <see cref="JsonNode"/> tree), used instead of <see cref="Body"/>; it must write what serializing
    /// the equivalent <see cref="Body"/> would.
    /// </summary>
    public Action<Utf8JsonWriter>? BodyWriter { get; init; }

    /// <summary>Whether there is a JSON body, as <see cref="Body"/> or <see cref="BodyWriter"/>.</summary>
    public bool HasJsonBody => Body is not null || BodyWriter is not null;

    /// <summary>Writes the JSON body (<see cref="HasJsonBody"/>) to <paramref name="writer"/>.</summary>
    public void WriteBody(Utf8JsonWriter writer)
    {
        if (BodyWriter is { } write)
        {
            write(writer);
        }
        else
        {
            Body?.WriteTo(writer);
        }
    }

    /// <summary>Raw body bytes with their content type, used instead of <see cref="Body"/> (the $batch multipart answer, the metadata document).</summary>
    public (string ContentType, ReadOnlyMemory<byte> Content)? RawBody { get; init; }

    /// <summary>Extra response headers.</summary>
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the operation succeeded (2xx).</summary>
    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public static WebApiResponse NoContent() => new(204);

    public WebApiResponse WithHeader(string name, string value)
    {
        Headers[name] = value;
        return this;
    }
}
