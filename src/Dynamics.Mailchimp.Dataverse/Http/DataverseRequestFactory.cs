using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>Creates requests that carry the headers every Web API call needs, and the echo-suppression markers on writes.</summary>
internal sealed class DataverseRequestFactory
{
    private readonly DataverseClientOptions _options;
    private readonly string _root;
    private Tuple<string, string>? _tag;

    public DataverseRequestFactory(DataverseClientOptions options)
    {
        _options = options;
        ServiceRoot = options.GetServiceRoot();
        _root = ServiceRoot.AbsoluteUri;
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

    /// <summary>
    /// Writes <see cref="BuildUri"/>'s <see cref="Uri.AbsoluteUri"/> as UTF-8: the texts joined when they are already
    /// canonical (<see cref="CanonicalUrl"/>), without parsing a <see cref="Uri"/>; through one otherwise.
    /// </summary>
    /// <param name="body">Where to write.</param>
    /// <param name="relative">Path and query relative to the service root.</param>
    /// <param name="isWrite">Whether the request writes (gets the tag).</param>
    public void WriteAbsoluteUri(Utf8Segments body, string relative, bool isWrite)
    {
        var tag = isWrite && !string.IsNullOrEmpty(_options.WriteTag) ? EscapedTag(_options.WriteTag) : null;
        if (!CanonicalUrl.IsJoinable(_root, relative) || (tag is not null && !CanonicalUrl.IsJoinable(_root, tag)))
        {
            body.WriteText(BuildUri(relative, isWrite).AbsoluteUri);
            return;
        }

        body.WriteText(_root);
        body.WriteText(relative);
        if (tag is not null)
        {
            body.Write(relative.Contains('?', StringComparison.Ordinal) ? "&"u8 : "?"u8);
            body.WriteText(DataverseHeaderNames.TagParameter);
            body.Write("="u8);
            body.WriteText(tag);
        }
    }

    // The tag escaped once, not once per operation (the options may be given a new tag: then it is escaped again).
    private string EscapedTag(string tag)
    {
        var cached = _tag;
        if (cached is null || !ReferenceEquals(cached.Item1, tag))
        {
            cached = Tuple.Create(tag, Uri.EscapeDataString(tag));
            _tag = cached;
        }

        return cached.Item2;
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
