namespace Dynamics.Mailchimp.MailchimpApi.Resilience;

/// <summary>
/// The innermost handler: reads the response body before returning, so the body download happens inside the
/// attempt timeout and while the connection permit is held (the permit counts real connections, not just headers).
/// </summary>
internal sealed class ResponseBufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }

        return response;
    }
}
