using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Microsoft.OData;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>
/// Turns what the organization (or the sandbox) threw into the status and OData error body Dataverse answers with.
/// See https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors.
/// </summary>
internal static class FaultTranslator
{
    /// <summary>The error response for <paramref name="exception"/>; unknown exceptions become 500 with their message.</summary>
    /// <param name="exception">What was thrown.</param>
    /// <param name="duplicateIsPrecondition">True for a create guarded by <c>If-None-Match: *</c>, where a duplicate is 412.</param>
    public static WebApiResponse ToResponse(Exception exception, bool duplicateIsPrecondition = false) => exception switch
    {
        WebApiException web => ODataError.Response(web.StatusCode, web.ErrorCode, web.Message),
        OrganizationServiceFaultException fault => ODataError.Response(StatusFor(fault, duplicateIsPrecondition), fault.HexCode, fault.Message),
        InvalidPluginExecutionException plugin => ODataError.Response(
            plugin.HttpStatus == PluginHttpStatusCode.NotSet ? 400 : (int)plugin.HttpStatus,
            $"0x{plugin.ErrorCode:x8}",
            plugin.Message),
        NotSupportedByInMemoryServiceException missing => ODataError.Response(501, ErrorCodes.NotImplemented, missing.Message),
        ODataException odata => ODataError.Response(400, ErrorCodes.BadRequest, odata.Message),
        _ => ODataError.Response(500, ErrorCodes.Unexpected, $"The Dataverse sandbox failed unexpectedly: {exception.GetType().Name}: {exception.Message}"),
    };

    private static int StatusFor(OrganizationServiceFaultException fault, bool duplicateIsPrecondition) => fault.ErrorCode switch
    {
        OrganizationErrorCodes.ObjectDoesNotExist => 404,
        OrganizationErrorCodes.ConcurrencyVersionMismatch => 412,
        OrganizationErrorCodes.DuplicateRecordEntityKey => 412,
        OrganizationErrorCodes.DuplicateRecord => duplicateIsPrecondition ? 412 : 400,
        _ => 400,
    };
}
