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
    /// <remarks>
    /// One pass of a forward-only reader over the body's top level, skipping every value it does not count, with no
    /// document built: the count is that of the arrays' elements, as a parse would give it. A body that is not JSON
    /// carries no batch (the emulator answers it with its own error).
    /// </remarks>
    public static int Mailchimp(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty || body[0] != (byte)'{')
        {
            return 0;
        }

        try
        {
            return CountTopLevelArrays(new Utf8JsonReader(body));
        }
        catch (JsonException)
        {
            return 0;
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

    private static int CountTopLevelArrays(Utf8JsonReader reader)
    {
        reader.Read();
        var count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var counted = IsMailchimpArray(ref reader);
            reader.Read();
            if (counted && reader.TokenType == JsonTokenType.StartArray)
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    reader.Skip();
                    count++;
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return count;
    }

    private static bool IsMailchimpArray(ref Utf8JsonReader reader)
    {
        foreach (var name in MailchimpArrays)
        {
            if (reader.ValueTextEquals(name))
            {
                return true;
            }
        }

        return false;
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
