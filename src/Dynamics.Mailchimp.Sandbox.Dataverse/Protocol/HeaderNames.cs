namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>HTTP header names of the Dataverse Web API, written once.</summary>
internal static class HeaderNames
{
    public const string ODataVersion = "OData-Version";
    public const string ODataEntityId = "OData-EntityId";
    public const string Prefer = "Prefer";
    public const string PreferenceApplied = "Preference-Applied";
    public const string RequestId = "REQ_ID";
    public const string ServiceRequestId = "x-ms-service-request-id";
    public const string RetryAfter = "Retry-After";
    public const string WwwAuthenticate = "WWW-Authenticate";
    public const string Authorization = "Authorization";
    public const string IfMatch = "If-Match";
    public const string IfNoneMatch = "If-None-Match";
    public const string ETag = "ETag";
    public const string ContentId = "Content-ID";
    public const string ContentType = "Content-Type";
    public const string ContentTransferEncoding = "Content-Transfer-Encoding";
    public const string BypassCustomPluginExecution = "MSCRM.BypassCustomPluginExecution";
}
