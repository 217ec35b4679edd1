using System.Net;
using System.Net.Http.Headers;

namespace Dynamics.Mailchimp.Dataverse.Authentication;

/// <summary>
/// Adds <c>Authorization: Bearer</c> to requests for the configured environment (and only that origin),
/// and drops the cached token when the service answers 401.
/// </summary>
internal sealed class DataverseAuthenticationHandler : DelegatingHandler
{
    private readonly DataverseTokenProvider _tokens;
    private readonly Uri _environment;

    public DataverseAuthenticationHandler(DataverseTokenProvider tokens, DataverseClientOptions options)
    {
        _tokens = tokens;
        _environment = options.GetServiceRoot();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is null || Uri.Compare(request.RequestUri, _environment, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            throw new InvalidOperationException(
                $"Refusing to send a Dataverse token to '{request.RequestUri?.GetLeftPart(UriPartial.Authority)}': only {_environment.GetLeftPart(UriPartial.Authority)} is allowed.");
        }

        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            _tokens.Invalidate(token);
        }

        return response;
    }
}
