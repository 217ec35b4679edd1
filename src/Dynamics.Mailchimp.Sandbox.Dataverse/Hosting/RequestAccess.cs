using Dynamics.Mailchimp.Sandbox.Dataverse.Batch;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>
/// Which requests only read, and so pass <see cref="ReadWriteGate"/> together: a GET (every handler that takes GET only
/// reads: the service document, <c>$metadata</c>, WhoAmI, queries), and a <c>$batch</c> whose parts are all GETs outside
/// change sets. Anything else passes alone. A <c>$batch</c> body is read here, before the gate, and only once: its parts
/// go on the request for <see cref="BatchHandler"/>. A body that does not read as a batch passes alone, and the handler
/// reads it again to answer with its error, as before.
/// </summary>
internal static class RequestAccess
{
    private const string Get = "GET";

    public static (WebApiRequest Request, bool ReadOnly) Classify(WebApiRequest request)
    {
        if (request.Method == Get)
        {
            return (request, true);
        }

        if (request.Method != "POST" || !IsBatch(request.Path))
        {
            return (request, false);
        }

        IReadOnlyList<BatchItem> items;
        try
        {
            items = BatchRequestReader.Read(request.Header(HeaderNames.ContentType), request.Body);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The handler reads it again inside the dispatcher, which answers every failure as Dataverse would.
            return (request, false);
        }

        var readOnly = items.All(i => !i.IsChangeset && i.Operations.All(o => o.Method == Get));
        return (request with { BatchItems = items }, readOnly);
    }

    // As the dispatcher's path parser names a $batch: by its first segment.
    private static bool IsBatch(string path) =>
        Uri.UnescapeDataString(path.Trim('/').Split('/')[0]) == WebApiNames.Batch;
}
