namespace Dynamics.Mailchimp.Sandbox.Xrm.Faults;

/// <summary>Dataverse error codes the in-memory service raises (the values real organizations return).</summary>
public static class OrganizationErrorCodes
{
    /// <summary>0x80040217: the record does not exist.</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80040237: a record with that key already exists.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>
    /// 0x80060892 (DuplicateRecordEntityKey): the row would give an alternate key values another row already has. Microsoft's
    /// error list: "Entity Key {0} violated. A record with the same value for {1} already exists. A duplicate record cannot
    /// be created. Select one or more unique values and try again."
    /// </summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>0x80060882: the row version does not match (optimistic concurrency).</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    /// <summary>0x80041102: the table does not exist.</summary>
    public const int EntityNotFound = unchecked((int)0x80041102);

    /// <summary>0x80041103: the table has no such column.</summary>
    public const int AttributeNotFound = unchecked((int)0x80041103);

    /// <summary>0x80040203: an argument is invalid (type, value or rule).</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80044331: a text value is longer than the column allows.</summary>
    public const int MaxLengthExceeded = unchecked((int)0x80044331);

    /// <summary>
    /// 0x80048408 (InvalidStateCodeStatusCode): the status reason does not belong to the state. Recorded real response:
    /// errorCode 2147779592, "State code is invalid or state code is valid but status code is invalid for a specified state code."
    /// Listed in https://learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes.
    /// </summary>
    public const int InvalidStateCodeStatusCode = unchecked((int)0x80048408);

    /// <summary>0x80040220 (PrivilegeDenied): the caller lacks a privilege, e.g. prvBypassCustomPlugins.</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>0x80044182: plug-ins called each other too deeply (depth 8).</summary>
    public const int InfiniteLoop = unchecked((int)0x80044182);
}
