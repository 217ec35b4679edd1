namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>Dataverse error codes the client interprets, written once.</summary>
public static class DataverseErrorCodes
{
    /// <summary>The record does not exist (404).</summary>
    public const string ObjectDoesNotExist = "0x80040217";

    /// <summary>"Resource not found for the segment '…'" (404): the entity set, key or action name is wrong, not the record.</summary>
    public const string ResourceNotFoundForSegment = "0x8006088a";

    /// <summary>Whether a 404 means the URL names no resource (a caller or configuration bug) rather than a missing record.</summary>
    /// <param name="error">The parsed error.</param>
    /// <returns><see langword="true"/> for an unknown segment.</returns>
    public static bool IsUnknownResource(DataverseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return string.Equals(error.Code, ResourceNotFoundForSegment, StringComparison.OrdinalIgnoreCase)
            || error.Message.StartsWith("Resource not found for the segment", StringComparison.OrdinalIgnoreCase);
    }
}
