namespace Dynamics.Mailchimp.Sandbox.Xrm.Faults;

/// <summary>
/// A fault the organization refuses an operation with, carrying the Dataverse error code
/// (the in-memory counterpart of FaultException&lt;OrganizationServiceFault&gt;). Messages name the record.
/// </summary>
public sealed class OrganizationServiceFaultException : Exception
{
    /// <summary>Creates the fault.</summary>
    public OrganizationServiceFaultException(int errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>The Dataverse error code; see <see cref="OrganizationErrorCodes"/>.</summary>
    public int ErrorCode { get; }

    /// <summary>The code as Dataverse writes it in Web API errors (<c>0x80040217</c>).</summary>
    public string HexCode => $"0x{ErrorCode:x8}";
}
