using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Queries;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.Dataverse;

/// <summary>The Dataverse Web API client. Register with <c>AddDataverseClient</c>; it is a thread-safe singleton without mutable state.</summary>
public sealed partial class DataverseClient : IDataverseClient
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly DataverseClientOptions _options;
    private readonly DataverseRequestFactory _requests;
    private readonly ILogger<DataverseClient> _logger;

    /// <summary>Creates the client.</summary>
    /// <param name="httpClientFactory">Supplies the named client <see cref="DataverseConstants.HttpClientName"/> (auth, resilience).</param>
    /// <param name="options">Validated options.</param>
    /// <param name="logger">Logger.</param>
    public DataverseClient(IHttpClientFactory httpClientFactory, IOptions<DataverseClientOptions> options, ILogger<DataverseClient> logger)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _requests = new DataverseRequestFactory(_options);
        _logger = logger;
    }

    /// <inheritdoc />
    public async Task<WhoAmIResult> WhoAmIAsync(CancellationToken cancellationToken = default)
    {
        using var document = await GetJsonAsync(_requests.BuildUri(ODataPropertyNames.WhoAmI, isWrite: false), [], cancellationToken).ConfigureAwait(false);
        var root = document.RootElement;
        return new WhoAmIResult(
            ReadGuid(root, ODataPropertyNames.UserId),
            ReadGuid(root, ODataPropertyNames.BusinessUnitId),
            ReadGuid(root, ODataPropertyNames.OrganizationId));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var client = _httpClientFactory.CreateClient(DataverseConstants.HttpClientName);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        DataverseLog.RequestCompleted(_logger, Describe(request), (int)response.StatusCode);
        return response;
    }

    private async Task<DataverseApiException> CreateExceptionAsync(HttpResponseMessage response, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var exception = await DataverseErrorParser.CreateExceptionAsync(response, Describe(request), _options, cancellationToken).ConfigureAwait(false);
        DataverseLog.RequestFailed(_logger, exception.Request, (int)exception.StatusCode, exception.ErrorCode, exception.RequestId);
        return exception;
    }

    private async Task<JsonDocument> GetJsonAsync(Uri uri, IReadOnlyList<string> preferences, CancellationToken cancellationToken)
    {
        using var request = CreateGet(uri, preferences);
        using var response = await SendSucceededAsync(request, cancellationToken).ConfigureAwait(false);
        return await ReadJsonAsync(response, request, cancellationToken).ConfigureAwait(false);
    }

    private HttpRequestMessage CreateGet(Uri uri, IReadOnlyList<string> preferences)
    {
        var request = _requests.Create(HttpMethod.Get, uri);
        foreach (var preference in preferences)
        {
            DataverseRequestFactory.AddPreference(request, preference);
        }

        return request;
    }

    /// <summary>Sends <paramref name="request"/>; a response that is not a success becomes its <see cref="DataverseApiException"/>.</summary>
    private async Task<HttpResponseMessage> SendSucceededAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await CreateExceptionAsync(response, request, cancellationToken).ConfigureAwait(false);
        }
    }
}
