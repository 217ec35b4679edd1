using System.Text;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

/// <summary>Builds <c>multipart/mixed</c> $batch bodies the way the Microsoft docs show them.</summary>
internal sealed class BatchBody
{
    private readonly StringBuilder _text = new();

    public string Boundary { get; } = $"batch_{Guid.NewGuid():N}";

    public BatchBody Operation(string method, string url, string? json = null) => Append(_text, Boundary, method, url, json, null);

    public BatchBody Changeset(params (string Method, string Url, string? Json, string? ContentId)[] operations)
    {
        var boundary = $"changeset_{Guid.NewGuid():N}";
        _text.Append("--").Append(Boundary).Append("\r\nContent-Type: multipart/mixed; boundary=").Append(boundary).Append("\r\n\r\n");
        foreach (var (method, url, json, contentId) in operations)
        {
            Append(_text, boundary, method, url, json, contentId);
        }

        _text.Append("--").Append(boundary).Append("--\r\n");
        return this;
    }

    public StringContent ToContent()
    {
        var content = new StringContent(_text.ToString() + "--" + Boundary + "--\r\n", Encoding.UTF8);
        content.Headers.ContentType = WebApiClient.Multipart(Boundary);
        return content;
    }

    private BatchBody Append(StringBuilder text, string boundary, string method, string url, string? json, string? contentId)
    {
        text.Append("--").Append(boundary).Append("\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            text.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        text.Append("\r\n").Append(method).Append(' ').Append(url).Append(" HTTP/1.1\r\n");
        if (json is not null)
        {
            text.Append("Content-Type: application/json\r\n\r\n").Append(json).Append("\r\n");
        }
        else
        {
            text.Append("\r\n");
        }

        return this;
    }
}
