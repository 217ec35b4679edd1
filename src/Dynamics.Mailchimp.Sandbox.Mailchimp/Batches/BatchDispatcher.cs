using System.Net.Http.Headers;
using System.Text;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Batches;

/// <summary>
/// Sends one operation through the sandbox's own HTTP pipeline with the batch's Authorization, so that it meets exactly the
/// rules of a synchronous call (auth, limits, faults, validation) and is recorded in the request log like one.
/// </summary>
internal static class BatchDispatcher
{
    public static async Task<BatchResult> SendAsync(HttpClient client, BatchRecord batch, BatchOperation operation, CancellationToken cancellationToken)
    {
        var target = new Uri(batch.Origin, MailchimpSandboxDefaults.ApiPrefix + operation.PathAndQuery);
        using var request = new HttpRequestMessage(new HttpMethod(operation.Method), target);
        request.Headers.TryAddWithoutValidation(Microsoft.Net.Http.Headers.HeaderNames.Authorization, batch.Authorization());
        if (operation.Body is not null)
        {
            request.Content = new StringContent(operation.Body, Encoding.UTF8);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        try
        {
            using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            return new BatchResult((int)response.StatusCode, operation.OperationId, body);
        }
        catch (HttpRequestException) when (!cancellationToken.IsCancellationRequested)
        {
            // The connection failed before an answer: the operation errored, the batch goes on.
            return new BatchResult(500, operation.OperationId, string.Empty);
        }
    }
}
