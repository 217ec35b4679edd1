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
    public const string BypassBusinessLogicExecution = "MSCRM.BypassBusinessLogicExecution";
    public const string BypassBusinessLogicExecutionStepIds = "MSCRM.BypassBusinessLogicExecutionStepIds";
    public const string CallerObjectId = "CallerObjectId";
    public const string CallerId = "MSCRMCallerID";

    /// <summary>The headers that say who calls and how; a <c>$batch</c> passes them on to its parts.</summary>
    public static readonly IReadOnlyList<string> CallerHeaders =
        [BypassCustomPluginExecution, BypassBusinessLogicExecution, BypassBusinessLogicExecutionStepIds, CallerObjectId, CallerId];
}
