namespace Dynamics.Mailchimp.Dataverse.Tests.AgainstSandbox;

/// <summary>Entity sets, columns and option values the end-to-end tests use, written once.</summary>
internal static class SandboxNames
{
    public const string Contacts = "contacts";
    public const string QueueItems = "dmc_syncqueueitems";
    public const string ContactId = "contactid";
    public const string FirstName = "firstname";
    public const string LastName = "lastname";
    public const string Email = "emailaddress1";
    public const string ETagAnnotation = "@odata.etag";
    public const string QueueKind = "dmc_kind";
    public const string QueueTargetId = "dmc_targetid";
    public const string QueueListId = "dmc_listid";
    public const string Get = "GET";
    public const string Post = "POST";
    public const string BatchPath = "/api/data/v9.2/$batch";
    public const string ContactsPath = "/api/data/v9.2/contacts";
}
