using System.Text;
using System.Text.Json;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>Counts the items a request carries, which the latency model charges for.</summary>
public static class ItemCounter
{
    private static readonly string[] MailchimpArrays = ["members", "members_to_add", "members_to_remove", "operations"];
    private static readonly byte[] DataverseOperation = Encoding.ASCII.GetBytes("application/http");
    private static readonly byte[] ODataType = Encoding.ASCII.GetBytes("\"@odata.type\"");
    private static readonly string[] BulkMessages = ["/Microsoft.Dynamics.CRM.UpsertMultiple", "/Microsoft.Dynamics.CRM.CreateMultiple", "/Microsoft.Dynamics.CRM.UpdateMultiple"];
    private static readonly byte[][] BulkMessageBytes = [.. BulkMessages.Select(m => Encoding.ASCII.GetBytes(m))];

    /// <summary>Mailchimp: the members of a batch subscribe or of a static segment change, or a batch's operations.</summary>
    /// <param name="body">The request body.</param>
    /// <returns>The number of items; 0 for a call that carries no batch.</returns>
    public static int Mailchimp(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body[0] != (byte)'{')
        {
            return 0;
        }

        var reader = new Utf8JsonReader(body);
        if (!JsonDocument.TryParseValue(ref reader, out var document))
        {
            return 0;
        }

        using (document)
        {
            var count = 0;
            foreach (var name in MailchimpArrays)
            {
                if (document.RootElement.ValueKind == JsonValueKind.Object
                    && document.RootElement.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array)
                {
                    count += array.GetArrayLength();
                }
            }

            return count;
        }
    }

    /// <summary>
    /// Dataverse: the operations of a <c>$batch</c> (one <c>application/http</c> part each), a bulk request
    /// (<c>…/Microsoft.Dynamics.CRM.UpsertMultiple</c>, alone or as a part) counting as its targets (one
    /// <c>@odata.type</c> each), so that a bulk request of k rows costs what k single operations do.
    /// </summary>
    /// <param name="path">The request path.</param>
    /// <param name="body">The request body.</param>
    /// <returns>The number of items; 0 for a call that is neither a <c>$batch</c> nor a bulk request.</returns>
    public static int Dataverse(string path, ReadOnlySpan<byte> body)
    {
        if (BulkMessages.Any(m => path.EndsWith(m, StringComparison.Ordinal)))
        {
            return Occurrences(body, ODataType);
        }

        if (!path.EndsWith("$batch", StringComparison.Ordinal))
        {
            return 0;
        }

        var count = 0;
        var at = body.IndexOf(DataverseOperation);
        while (at >= 0)
        {
            body = body[(at + DataverseOperation.Length)..];
            at = body.IndexOf(DataverseOperation);
            var part = at >= 0 ? body[..at] : body;
            count += IsBulk(part) ? Occurrences(part, ODataType) : 1;
        }

        return count;
    }

    private static bool IsBulk(ReadOnlySpan<byte> part)
    {
        foreach (var message in BulkMessageBytes)
        {
            if (part.IndexOf(message) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int Occurrences(ReadOnlySpan<byte> text, ReadOnlySpan<byte> value)
    {
        var count = 0;
        int at;
        while ((at = text.IndexOf(value)) >= 0)
        {
            count++;
            text = text[(at + value.Length)..];
        }

        return count;
    }
}
