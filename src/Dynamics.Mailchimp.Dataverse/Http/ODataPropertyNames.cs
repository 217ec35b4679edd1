namespace Dynamics.Mailchimp.Dataverse.Http;

/// <summary>JSON property and annotation names read from Web API responses.</summary>
internal static class ODataPropertyNames
{
    public const string Value = "value";
    public const string NextLink = "@odata.nextLink";
    public const string DeltaLink = "@odata.deltaLink";
    public const string Context = "@odata.context";
    public const string ETag = "@odata.etag";
    public const string ODataType = "@odata.type";
    public const string DeletedEntitySuffix = "$deletedEntity";
    public const string Id = "id";
    public const string PagingCookie = "@Microsoft.Dynamics.CRM.fetchxmlpagingcookie";
    public const string MoreRecords = "@Microsoft.Dynamics.CRM.morerecords";
    public const string Error = "error";
    public const string Code = "code";
    public const string Message = "message";
    public const string UserId = "UserId";
    public const string BusinessUnitId = "BusinessUnitId";
    public const string OrganizationId = "OrganizationId";
    public const string WhoAmI = "WhoAmI";
    public const string Batch = "$batch";
}
