using System.Globalization;
using System.Text;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>
/// The <c>$batch</c> writer as it was before it wrote UTF-8 straight (a <see cref="StringBuilder"/>, and a <see cref="Uri"/>
/// per operation): kept so tests can check the body sent is still the same, byte for byte.
/// </summary>
internal static class LegacyBatchRequestWriter
{
    private const string CrLf = "\r\n";

    public static string Write(
        IReadOnlyList<BatchOperation> operations, List<List<int>> units, DataverseRequestFactory factory, bool bypass, string batchBoundary, Func<string> newChangeSetBoundary)
    {
        var body = new StringBuilder();
        foreach (var unit in units)
        {
            body.Append("--").Append(batchBoundary).Append(CrLf);
            if (BatchPlanner.IsChangeSet(operations, unit))
            {
                var changeSet = newChangeSetBoundary();
                body.Append("Content-Type: ").Append(DataverseHeaderNames.MultipartMixed).Append("; boundary=").Append(changeSet).Append(CrLf).Append(CrLf);
                foreach (var index in unit)
                {
                    body.Append("--").Append(changeSet).Append(CrLf);
                    WriteOperation(body, operations[index], index + 1, factory, bypass);
                }

                body.Append("--").Append(changeSet).Append("--").Append(CrLf);
            }
            else
            {
                WriteOperation(body, operations[unit[0]], null, factory, bypass);
            }
        }

        return body.Append("--").Append(batchBoundary).Append("--").Append(CrLf).ToString();
    }

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
