using System.Globalization;
using System.Text;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// Writes a <c>$batch</c> request body: one <c>application/http</c> part per operation, changesets as nested
/// <c>multipart/mixed</c> parts whose operations carry <c>Content-ID</c> (the operation's input index + 1). CRLF line ends.
/// </summary>
internal static class BatchRequestWriter
{
    private const string CrLf = "\r\n";

    public static StringBuilder Write(
        IReadOnlyList<BatchOperation> operations,
        List<List<int>> units,
        DataverseRequestFactory factory,
        bool bypassCustomPlugins,
        string batchBoundary,
        Func<string> newChangeSetBoundary)
    {
        var body = new StringBuilder();
        foreach (var unit in units)
        {
            WriteUnit(body, operations, unit, factory, bypassCustomPlugins, batchBoundary, BatchPlanner.IsChangeSet(operations, unit) ? newChangeSetBoundary() : null);
        }

        return WriteEnd(body, batchBoundary);
    }

    /// <summary>Appends one unit: a lone operation, or a changeset when <paramref name="changeSetBoundary"/> is given.</summary>
    public static StringBuilder WriteUnit(
        StringBuilder body,
        IReadOnlyList<BatchOperation> operations,
        List<int> unit,
        DataverseRequestFactory factory,
        bool bypassCustomPlugins,
        string batchBoundary,
        string? changeSetBoundary)
    {
        body.Append("--").Append(batchBoundary).Append(CrLf);
        if (changeSetBoundary is { } changeSet)
        {
            body.Append("Content-Type: ").Append(DataverseHeaderNames.MultipartMixed).Append("; boundary=").Append(changeSet).Append(CrLf).Append(CrLf);
            foreach (var index in unit)
            {
                body.Append("--").Append(changeSet).Append(CrLf);
                WriteOperation(body, operations[index], index + 1, factory, bypassCustomPlugins);
            }

            body.Append("--").Append(changeSet).Append("--").Append(CrLf);
        }
        else
        {
            WriteOperation(body, operations[unit[0]], null, factory, bypassCustomPlugins);
        }

        return body;
    }

    /// <summary>Appends the closing boundary.</summary>
    public static StringBuilder WriteEnd(StringBuilder body, string batchBoundary) =>
        body.Append("--").Append(batchBoundary).Append("--").Append(CrLf);

    private static void WriteOperation(StringBuilder body, BatchOperation operation, int? contentId, DataverseRequestFactory factory, bool bypass)
    {
        body.Append("Content-Type: ").Append(DataverseHeaderNames.HttpMediaType).Append(CrLf);
        body.Append("Content-Transfer-Encoding: binary").Append(CrLf);
        if (contentId is { } id)
        {
            body.Append("Content-ID: ").Append(id.ToString(CultureInfo.InvariantCulture)).Append(CrLf);
        }

        body.Append(CrLf);
        var uri = factory.BuildUri(operation.RelativeUri, operation.IsWrite);
        body.Append(operation.Method.Method).Append(' ').Append(uri.AbsoluteUri).Append(" HTTP/1.1").Append(CrLf);
        body.Append("Accept: ").Append(DataverseHeaderNames.JsonMediaType).Append(CrLf);
        if (operation.IfMatch is not null)
        {
            body.Append("If-Match: ").Append(operation.IfMatch).Append(CrLf);
        }

        if (operation.IfNoneMatch is not null)
        {
            body.Append("If-None-Match: ").Append(operation.IfNoneMatch).Append(CrLf);
        }

        if (operation.Prefer is not null)
        {
            body.Append(DataverseHeaderNames.Prefer).Append(": ").Append(operation.Prefer).Append(CrLf);
        }

        if (bypass && operation.IsWrite)
        {
            body.Append(DataverseHeaderNames.BypassCustomPluginExecution).Append(": true").Append(CrLf);
        }

        if (operation.Body is not null)
        {
            // Dataverse rejects inner writes without Content-Length ("stream not readable", 0x80048d19; community report).
            var json = operation.Body.ToJsonString(DataverseRequestFactory.JsonOptions);
            body.Append("Content-Type: ").Append(DataverseHeaderNames.JsonMediaType).Append("; type=entry").Append(CrLf);
            body.Append("Content-Length: ").Append(Encoding.UTF8.GetByteCount(json).ToString(CultureInfo.InvariantCulture)).Append(CrLf).Append(CrLf);
            body.Append(json).Append(CrLf);
        }
        else
        {
            body.Append(CrLf);
        }
    }
}
