namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>HTTP header names and fixed values of the Dataverse Web API contract.</summary>
public static class DataverseHeaderNames
{
    /// <summary><c>OData-MaxVersion</c>.</summary>
    public const string ODataMaxVersion = "OData-MaxVersion";

    /// <summary><c>OData-Version</c>.</summary>
    public const string ODataVersion = "OData-Version";

    /// <summary>The OData version sent in both version headers.</summary>
    public const string ODataVersionValue = "4.0";

    /// <summary><c>OData-EntityId</c>: URL of a created or upserted record.</summary>
    public const string ODataEntityId = "OData-EntityId";

    /// <summary><c>Prefer</c>.</summary>
    public const string Prefer = "Prefer";

    /// <summary><c>MSCRM.BypassCustomPluginExecution</c>: skips custom plug-ins when the caller holds the privilege.</summary>
    public const string BypassCustomPluginExecution = "MSCRM.BypassCustomPluginExecution";

    /// <summary>Request id returned by the service.</summary>
    public const string ServiceRequestId = "x-ms-service-request-id";

    /// <summary>Legacy request id header.</summary>
    public const string RequestIdLegacy = "REQ_ID";

    /// <summary>JSON media type.</summary>
    public const string JsonMediaType = "application/json";

    /// <summary>Media type of one request or response inside a batch.</summary>
    public const string HttpMediaType = "application/http";

    /// <summary>Multipart media type used by <c>$batch</c>.</summary>
    public const string MultipartMixed = "multipart/mixed";

    /// <summary>Query parameter carrying the write tag.</summary>
    public const string TagParameter = "tag";

    /// <summary>Prefer value: answer a create or update with the row (201/200 and its <c>@odata.etag</c>) instead of 204.</summary>
    public const string ReturnRepresentationPreference = "return=representation";

    /// <summary>Prefer value: page size.</summary>
    public const string MaxPageSizePreference = "odata.maxpagesize=";

    /// <summary>Prefer value: change tracking.</summary>
    public const string TrackChangesPreference = "odata.track-changes";

    /// <summary>Prefer value: keep executing a batch after a failed operation.</summary>
    public const string ContinueOnErrorPreference = "odata.continue-on-error";

    /// <summary>Prefer value asking for the FetchXML paging annotations.</summary>
    public const string FetchXmlAnnotationsPreference =
        "odata.include-annotations=\"Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords\"";
}
