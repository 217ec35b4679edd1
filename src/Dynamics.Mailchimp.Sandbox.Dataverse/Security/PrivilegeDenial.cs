using System.Globalization;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// The 403 Dataverse answers when the caller lacks a privilege, code <c>0x80040220</c> (PrivilegeDenied), with the message
/// shape recorded from real organizations: "Principal user (Id=…, type=8, roleCount=…, privilegeCount=…, accessMode=…), is
/// missing prvReadac_articledudossier privilege (Id=…) on OTC=10725 for entity 'ac_articledudossier' (LocalizedName='…').
/// context.Caller=…" (https://github.com/rappen/FetchXMLBuilder/issues/770). For a privilege of no table (a caller
/// header's) the sandbox writes "on OTC=0 for entity ''" and says which header needs it. <c>accessMode=4</c> is the
/// non-interactive mode of an application user (an interactive user shows 0). The sandbox's tables have no localized names, so that part is left out,
/// as in https://github.com/microsoftarchive/microsoft-teams-apps-inspection/issues/8.
/// </summary>
internal static class PrivilegeDenial
{
    private const int NonInteractive = 4;

    /// <summary>The refusal of <paramref name="privilege"/> on <paramref name="entity"/> (object type code <paramref name="objectTypeCode"/>).</summary>
    public static WebApiException Missing(Guid userId, CallerPrivileges privileges, string privilege, int objectTypeCode, string entity, string? detail = null) =>
        new(403, ErrorCodes.PrivilegeDenied, string.Create(
            CultureInfo.InvariantCulture,
            $"Principal user (Id={userId}, type=8, roleCount={privileges.RoleCount}, privilegeCount={privileges.PrivilegeCount}, accessMode={NonInteractive}), is missing {privilege} privilege (Id={PrivilegeIds.Of(privilege)}) on OTC={objectTypeCode} for entity '{entity}'. context.Caller={userId}{detail}"));

    /// <summary>The refusal of a privilege that belongs to no table (a caller header's).</summary>
    public static WebApiException Missing(Guid userId, CallerPrivileges privileges, string privilege, string detail) =>
        Missing(userId, privileges, privilege, 0, string.Empty, " " + detail);
}
