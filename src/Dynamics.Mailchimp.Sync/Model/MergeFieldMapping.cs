namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>One column of a member table sent as one Mailchimp merge field.</summary>
/// <param name="Table">contact, lead or account.</param>
/// <param name="Column">The column's logical name.</param>
/// <param name="MergeTag">The merge tag, e.g. <c>FNAME</c>.</param>
public sealed record MergeFieldMapping(string Table, string Column, string MergeTag);
