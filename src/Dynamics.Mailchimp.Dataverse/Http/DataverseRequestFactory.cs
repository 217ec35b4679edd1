using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>Creates requests that carry the headers every Web API call needs, and the echo-suppression markers on writes.</summary>
internal sealed class DataverseRequestFactory
{
    private readonly DataverseClientOptions _options;

    public DataverseRequestFactory(DataverseClientOptions options)
    {
        _options = options;
        ServiceRoot = options.GetServiceRoot();
    }

    public Uri ServiceRoot { get; }

    /// <summary>Absolute URI for a path relative to the service root; writes get <c>?tag=</c>.</summary>
    public Uri BuildUri(string relative, bool isWrite)
    {
        var text = ServiceRoot.AbsoluteUri + relative;
        if (isWrite && !string.IsNullOrEmpty(_options.WriteTag))
        {
            text += (relative.Contains('?', StringComparison.Ordinal) ? "&" : "?")
                + DataverseHeaderNames.TagParameter + "=" + Uri.EscapeDataString(_options.WriteTag);
        }

        return new Uri(text);
    }

    public HttpRequestMessage Create(HttpMethod method, Uri uri, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(DataverseHeaderNames.JsonMediaType));
        request.Headers.TryAddWithoutValidation(DataverseHeaderNames.ODataMaxVersion, DataverseHeaderNames.ODataVersionValue);
        request.Headers.TryAddWithoutValidation(DataverseHeaderNames.ODataVersion, DataverseHeaderNames.ODataVersionValue);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(JsonOptions), Encoding.UTF8, DataverseHeaderNames.JsonMediaType);
        }

        if (method != HttpMethod.Get && _options.BypassCustomPlugins)
        {
            request.Headers.TryAddWithoutValidation(DataverseHeaderNames.BypassCustomPluginExecution, "true");
        }

        return request;
    }

    public static void AddPreference(HttpRequestMessage request, string preference) =>
        request.Headers.TryAddWithoutValidation(DataverseHeaderNames.Prefer, preference);

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
