using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.AspNetCore.WebUtilities;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>
/// Writes the <c>multipart/mixed</c> answer of a <c>$batch</c>: one <c>application/http</c> part per answered operation.
/// The parts go as UTF-8 straight into one buffer (each JSON body through one reused <see cref="Utf8JsonWriter"/>), the
/// same bytes as serializing every body to text first and encoding the whole answer afterwards.
/// </summary>
internal sealed class BatchResponseWriter : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public BatchResponseWriter()
    {
        Boundary = $"batchresponse_{Guid.NewGuid():D}";
        _json = new Utf8JsonWriter(_buffer);
    }

    public string Boundary { get; }

    public string ContentType => $"multipart/mixed; boundary={Boundary}";

    /// <summary>The status of the first failed operation written, if any.</summary>
    public int? FailureStatus { get; private set; }

    public void Operation(WebApiResponse response, string? contentId)
    {
        if (!response.IsSuccess)
        {
            FailureStatus ??= response.StatusCode;
        }

        Part(Boundary, response, contentId);
    }

    public void Changeset(IReadOnlyList<(WebApiResponse Response, string? ContentId)> responses)
    {
        var boundary = $"changesetresponse_{Guid.NewGuid():D}";
        Text("--").Text(Boundary).Text("\r\n")
            .Text("Content-Type: multipart/mixed; boundary=").Text(boundary).Text("\r\n\r\n");
        foreach (var (response, contentId) in responses)
        {
            Part(boundary, response, contentId);
        }

        Text("--").Text(boundary).Text("--\r\n");
    }

    /// <summary>Closes the answer and returns its UTF-8 bytes (they stay valid after <see cref="Dispose"/>).</summary>
    public ReadOnlyMemory<byte> Complete()
    {
        Text("--").Text(Boundary).Text("--\r\n");
        return _buffer.WrittenMemory;
    }

    public void Dispose() => _json.Dispose();

    private void Part(string boundary, WebApiResponse response, string? contentId)
    {
        Text("--").Text(boundary).Text("\r\n")
            .Text("Content-Type: application/http\r\n")
            .Text("Content-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            Text("Content-ID: ").Text(contentId).Text("\r\n");
        }

        Text("\r\n")
            .Text("HTTP/1.1 ").Text(response.StatusCode.ToString(CultureInfo.InvariantCulture)).Text(" ").Text(ReasonPhrases.GetReasonPhrase(response.StatusCode)).Text("\r\n")
            .Text(HeaderNames.ODataVersion).Text(": 4.0\r\n");
        foreach (var (name, value) in response.Headers)
        {
            Text(name).Text(": ").Text(value).Text("\r\n");
        }

        if (response.HasJsonBody)
        {
            Text("Content-Type: application/json; odata.metadata=minimal\r\n\r\n");
            _json.Reset(_buffer);
            response.WriteBody(_json);
            _json.Flush();
            Text("\r\n");
        }
        else
        {
            Text("\r\n");
        }
    }

    private BatchResponseWriter Text(string text)
    {
        var written = Encoding.UTF8.GetBytes(text, _buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        _buffer.Advance(written);
        return this;
    }
}
