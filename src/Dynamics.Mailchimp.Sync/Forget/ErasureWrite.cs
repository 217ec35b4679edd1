using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>One update an erasure makes: which row or record, its changed columns, and the ETag it was read with.</summary>
/// <param name="Target">What it is.</param>
/// <param name="Name">How results name it: the row id, or <c>contact &lt;id&gt;</c>.</param>
/// <param name="EntitySet">The entity set.</param>
/// <param name="Id">The row or record id.</param>
/// <param name="Changes">The columns to write.</param>
/// <param name="ETag">The <c>If-Match</c>: the ETag read, or <c>*</c> (the row must exist).</param>
/// <param name="Reclose">
/// For a closed (completed or canceled) activity, which Dataverse does not let anyone update ("Cannot update Closed or
/// Cancelled Activity", seanmcne/Microsoft.Xrm.Data.PowerShell#222): its <c>statecode</c> and <c>statuscode</c> as read.
/// The writer then reopens it, writes <see cref="Changes"/> and closes it again, in one changeset.
/// </param>
public sealed record ErasureWrite(ForgetTarget Target, string Name, string EntitySet, Guid Id, JsonObject Changes, string ETag, JsonObject? Reclose = null);
