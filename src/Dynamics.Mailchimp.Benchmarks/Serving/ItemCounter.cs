using System.Text;
using System.Text.Json;

namespace Dynamics.Mailchimp.Benchmarks.Serving;

/// <summary>Counts the items a request carries, which the latency model charges for.</summary>
public static class ItemCounter
{
    private static readonly string[] MailchimpArrays = ["members", "members_to_add", "members_to_remove", "operations"];
    private static readonly byte[] DataverseOperation = Encoding.ASCII.GetBytes("application/http");

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

    /// <summary>Dataverse: the operations of a <c>$batch</c> (one <c>application/http</c> part each).</summary>
    /// <param name="path">The request path.</param>
    /// <param name="body">The request body.</param>
    /// <returns>The number of operations; 0 for a call that is not a <c>$batch</c>.</returns>
    public static int Dataverse(string path, ReadOnlySpan<byte> body)
    {
        if (!path.EndsWith("$batch", StringComparison.Ordinal))
        {
            return 0;
        }

        var count = 0;
        int at;
        while ((at = body.IndexOf(DataverseOperation)) >= 0)
        {
            count++;
            body = body[(at + DataverseOperation.Length)..];
        }

        return count;
    }
}
