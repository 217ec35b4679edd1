namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>Paths, namespaces, query options and preference names of the Dataverse Web API, written once.</summary>
internal static class WebApiNames
{
    /// <summary>The service root path, with leading and trailing slash.</summary>
    public const string ServiceRoot = "/api/data/v9.2/";

    /// <summary>The schema namespace of entity types and actions.</summary>
    public const string Namespace = "Microsoft.Dynamics.CRM";

    public const string Batch = "$batch";
    public const string Metadata = "$metadata";
    public const string WhoAmI = "WhoAmI";

    public const string Select = "$select";
    public const string Filter = "$filter";
    public const string OrderBy = "$orderby";
    public const string Top = "$top";
    public const string Count = "$count";
    public const string SkipToken = "$skiptoken";
    public const string Skip = "$skip";
    public const string Tag = "tag";

    public const string MaxPageSize = "odata.maxpagesize";
    public const string ReturnRepresentation = "return=representation";
    public const string ContinueOnError = "odata.continue-on-error";
    public const string TrackChanges = "odata.track-changes";
    public const string IncludeAnnotations = "odata.include-annotations";
    public const string MoreRecordsAnnotation = "Microsoft.Dynamics.CRM.morerecords";
    public const string PagingCookieAnnotation = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie";
    public const string LookupLogicalNameAnnotation = "Microsoft.Dynamics.CRM.lookuplogicalname";
    public const string DeltaToken = "$deltatoken";

    public const string ODataContext = "@odata.context";
    public const string ODataEtag = "@odata.etag";
    public const string ODataNextLink = "@odata.nextLink";
    public const string ODataCount = "@odata.count";
    public const string ODataDeltaLink = "@odata.deltaLink";
    public const string ODataType = "@odata.type";
    public const string ODataBind = "@odata.bind";
}
