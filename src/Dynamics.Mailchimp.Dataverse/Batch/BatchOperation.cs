using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Validation;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Batch;

/// <summary>
/// One request inside a <c>$batch</c>. Build it with the factory methods (they validate names before anything is sent);
/// set <see cref="ChangeSet"/> with <c>with { ChangeSet = "g1" }</c> to make adjacent operations one atomic changeset.
/// </summary>
public sealed partial record BatchOperation
{
    private BatchOperation(HttpMethod method, string relativeUri, JsonObject? body)
    {
        Method = method;
        RelativeUri = relativeUri;
        Body = body;
    }

    /// <summary>HTTP method.</summary>
    public HttpMethod Method { get; }

    /// <summary>Path and query relative to the service root (the write tag is added when sent).</summary>
    public string RelativeUri { get; }

    /// <summary>JSON body, if any.</summary>
    public JsonObject? Body { get; }

    /// <summary><c>If-Match</c> value (ETag or <c>*</c>), if any.</summary>
    public string? IfMatch { get; private init; }

    /// <summary><c>If-None-Match</c> value, if any.</summary>
    public string? IfNoneMatch { get; private init; }

    /// <summary><c>Prefer</c> value of a GET (e.g. <c>odata.include-annotations="…"</c>), if any.</summary>
    public string? Prefer { get; private init; }

    /// <summary>Adjacent operations with the same non-null value form one changeset: all succeed or none. GETs may not join one.</summary>
    /// <value>Default: <see langword="null"/> (not atomic with others).</value>
    public string? ChangeSet { get; init; }

    /// <summary>Whether this operation changes data (gets the write tag and bypass header).</summary>
    public bool IsWrite => Method != HttpMethod.Get;
}
