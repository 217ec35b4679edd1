namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>Error codes the sandbox writes in <c>error.code</c> for protocol-level failures (those of the organization come with their fault).</summary>
internal static class ErrorCodes
{
    /// <summary>Code Dataverse gives OData name errors such as an unknown property in $select.</summary>
    public const string None = "0x0";

    /// <summary>Resource not found for the segment.</summary>
    public const string ResourceNotFound = "0x8006088a";

    /// <summary>Malformed request, query option or body (OData bad request).</summary>
    public const string BadRequest = "0x80060888";

    /// <summary>The request lacks valid credentials (Dataverse itself sends 401 with no body; the sandbox adds one with this code).</summary>
    public const string Unauthorized = "0x0";

    /// <summary>The caller lacks a privilege (SecLib::CheckPrivilege failed).</summary>
    public const string PrivilegeDenied = "0x80040220";

    /// <summary>Service protection: number of requests exceeded.</summary>
    public const string TooManyRequests = "0x80072322";

    /// <summary>Service protection: combined execution time exceeded.</summary>
    public const string ExecutionTimeExceeded = "0x80072321";

    /// <summary>Service protection: concurrent requests exceeded.</summary>
    public const string TooManyConcurrentRequests = "0x80072326";

    /// <summary>A feature the sandbox does not implement.</summary>
    public const string NotImplemented = "0x80040216";

    /// <summary>A plug-in aborted the operation (ISV code aborted).</summary>
    public const string PluginAborted = "0x80040265";

    /// <summary>A record with matching key values already exists.</summary>
    public const string DuplicateRecord = "0x80040237";

    /// <summary>An unexpected failure inside the sandbox.</summary>
    public const string Unexpected = "0x80040216";
}
