using System.Text;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Microsoft.AspNetCore.WebUtilities;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>Writes the <c>multipart/mixed</c> answer of a <c>$batch</c>: one <c>application/http</c> part per answered operation.</summary>
internal sealed class BatchResponseWriter
{
    private readonly StringBuilder _text = new();

    public BatchResponseWriter()
    {
        Boundary = $"batchresponse_{Guid.NewGuid():D}";
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

        Part(_text, Boundary, response, contentId);
    }

    public void Changeset(IReadOnlyList<(WebApiResponse Response, string? ContentId)> responses)
    {
        var boundary = $"changesetresponse_{Guid.NewGuid():D}";
        _text.Append("--").Append(Boundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(boundary).Append("\r\n\r\n");
        foreach (var (response, contentId) in responses)
        {
            Part(_text, boundary, response, contentId);
        }

        _text.Append("--").Append(boundary).Append("--\r\n");
    }

    public string Complete() => _text.Append("--").Append(Boundary).Append("--\r\n").ToString();

    private static void Part(StringBuilder text, string boundary, WebApiResponse response, string? contentId)
    {
        text.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: application/http\r\n")
            .Append("Content-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            text.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        text.Append("\r\n")
            .Append("HTTP/1.1 ").Append(response.StatusCode).Append(' ').Append(ReasonPhrases.GetReasonPhrase(response.StatusCode)).Append("\r\n")
            .Append(HeaderNames.ODataVersion).Append(": 4.0\r\n");
        foreach (var (name, value) in response.Headers)
        {
            text.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (response.Body is not null)
        {
            text.Append("Content-Type: application/json; odata.metadata=minimal\r\n\r\n")
                .Append(response.Body.ToJsonString()).Append("\r\n");
        }
        else
        {
            text.Append("\r\n");
        }
    }
}
