using System.Buffers;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Writes a <c>$batch</c> request body as UTF-8: one <c>application/http</c> part per operation, changesets as nested
/// <c>multipart/mixed</c> parts whose operations carry <c>Content-ID</c> (the operation's input index + 1). CRLF line ends.
/// One writer serves one body at a time (it reuses a buffer for each operation's JSON).
/// </summary>
/// <param name="factory">Builds each operation's URL.</param>
/// <param name="bypassCustomPlugins">Whether writes carry the bypass header.</param>
internal sealed class BatchRequestWriter(DataverseRequestFactory factory, bool bypassCustomPlugins)
{
    private static readonly JsonWriterOptions JsonWriterOptions = new()
    {
        Encoder = DataverseRequestFactory.JsonOptions.Encoder,
        Indented = DataverseRequestFactory.JsonOptions.WriteIndented,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> _json = new();
    private Utf8JsonWriter? _jsonWriter;

    /// <summary>Appends one unit: a lone operation, or a changeset when <paramref name="changeSetBoundary"/> is given.</summary>
    public void WriteUnit(Utf8Segments body, IReadOnlyList<BatchOperation> operations, List<int> unit, string batchBoundary, string? changeSetBoundary)
    {
        WriteDelimiter(body, batchBoundary);
        if (changeSetBoundary is { } changeSet)
        {
            body.Write("Content-Type: "u8);
            body.WriteText(DataverseHeaderNames.MultipartMixed);
            body.Write("; boundary="u8);
            body.WriteText(changeSet);
            body.Write("\r\n\r\n"u8);
            foreach (var index in unit)
            {
                WriteDelimiter(body, changeSet);
                WriteOperation(body, operations[index], index + 1);
            }

            WriteEnd(body, changeSet);
        }
        else
        {
            WriteOperation(body, operations[unit[0]], null);
        }
    }

    /// <summary>Appends the closing boundary.</summary>
    public static void WriteEnd(Utf8Segments body, string boundary)
    {
        body.Write("--"u8);
        body.WriteText(boundary);
        body.Write("--\r\n"u8);
    }

    private static void WriteDelimiter(Utf8Segments body, string boundary)
    {
        body.Write("--"u8);
        body.WriteText(boundary);
        body.Write("\r\n"u8);
    }

    private static void WriteHeader(Utf8Segments body, string name, string value)
    {
        body.WriteText(name);
        body.Write(": "u8);
        body.WriteText(value);
        body.Write("\r\n"u8);
    }

    private void WriteOperation(Utf8Segments body, BatchOperation operation, int? contentId)
    {
        WriteHeader(body, "Content-Type", DataverseHeaderNames.HttpMediaType);
        body.Write("Content-Transfer-Encoding: binary\r\n"u8);
        if (contentId is { } id)
        {
            body.Write("Content-ID: "u8);
            body.WriteNumber(id);
            body.Write("\r\n"u8);
        }

        body.Write("\r\n"u8);
        body.WriteText(operation.Method.Method);
        body.Write(" "u8);
        factory.WriteAbsoluteUri(body, operation.RelativeUri, operation.IsWrite);
        body.Write(" HTTP/1.1\r\n"u8);
        WriteHeader(body, "Accept", DataverseHeaderNames.JsonMediaType);
        if (operation.IfMatch is not null)
        {
            WriteHeader(body, "If-Match", operation.IfMatch);
        }

        if (operation.IfNoneMatch is not null)
        {
            WriteHeader(body, "If-None-Match", operation.IfNoneMatch);
        }

        if (operation.Prefer is not null)
        {
            WriteHeader(body, DataverseHeaderNames.Prefer, operation.Prefer);
        }

        if (bypassCustomPlugins && operation.IsWrite)
        {
            WriteHeader(body, DataverseHeaderNames.BypassCustomPluginExecution, "true");
        }

        if (operation.Body is not null)
        {
            // Dataverse rejects inner writes without Content-Length ("stream not readable", 0x80048d19; community report).
            var json = Serialize(operation);
            WriteHeader(body, "Content-Type", DataverseHeaderNames.JsonMediaType + "; type=entry");
            body.Write("Content-Length: "u8);
            body.WriteNumber(json.Length);
            body.Write("\r\n\r\n"u8);
            body.Write(json);
        }

        body.Write("\r\n"u8);
    }

    // The body's JSON as ToJsonString(JsonOptions) writes it, but as UTF-8 into a reused buffer instead of a string.
    private ReadOnlySpan<byte> Serialize(BatchOperation operation)
    {
        _json.ResetWrittenCount();
        var writer = _jsonWriter ??= new Utf8JsonWriter(_json, JsonWriterOptions);
        writer.Reset(_json);
        operation.Body!.WriteTo(writer, DataverseRequestFactory.JsonOptions);
        writer.Flush();
        return _json.WrittenSpan;
    }
}
