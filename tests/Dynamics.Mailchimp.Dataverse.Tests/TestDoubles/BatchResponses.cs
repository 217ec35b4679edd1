using System.Net;
using System.Text;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>Builds multipart $batch responses in the shape Dataverse returns (CRLF, blank line after each part).</summary>
public static class BatchResponses
{
    public const string Boundary = "batchresponse_5f1e0f4c-1111-2222-3333-444455556666";

    public static string Part(int status, string reason, string? body = null, params string[] headers)
    {
        var builder = new StringBuilder();
        builder.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n");
        builder.Append($"HTTP/1.1 {status} {reason}\r\n");
        foreach (var header in headers)
        {
            builder.Append(header).Append("\r\n");
        }

        if (body is not null)
        {
            builder.Append("Content-Type: application/json; odata.metadata=minimal\r\nOData-Version: 4.0\r\n\r\n").Append(body).Append("\r\n");
        }
        else
        {
            builder.Append("OData-Version: 4.0\r\n\r\n\r\n");
        }

        return builder.ToString();
    }

    public static string Multipart(string boundary, IEnumerable<string> parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
        {
            builder.Append("--").Append(boundary).Append("\r\n").Append(part);
        }

        return builder.Append("--").Append(boundary).Append("--\r\n").ToString();
    }

    public static HttpResponseMessage Response(string body, string boundary = Boundary)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8) };
        response.Content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");
        return response;
    }

    /// <summary>Answers every top-level request part with 204 and an OData-EntityId (changesets as nested 204s).</summary>
    public static HttpResponseMessage AllNoContent(RecordedRequest request)
    {
        var parts = MultipartMixedParser.Parse(request.Body, MultipartMixedParser.GetBoundary(request.ContentType!));
        var answers = parts.Select(part =>
        {
            if (!part.IsMultipart)
            {
                return Part(204, "No Content", null, $"OData-EntityId: {ClientHost.ServiceRoot}contacts({Guid.NewGuid()})");
            }

            var inner = MultipartMixedParser.Parse(part.Body, MultipartMixedParser.GetBoundary(part.ContentType));
            var changeset = "changesetresponse_" + Guid.NewGuid();
            var nested = Multipart(changeset, inner.Select(p => $"Content-ID: {p.ContentId}\r\n" + Part(204, "No Content")));
            return $"Content-Type: multipart/mixed; boundary={changeset}\r\n\r\n{nested}\r\n";
        });
        return Response(Multipart(Boundary, answers));
    }
}
