namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>The N:N relationships whose intersect table is <c>listmember</c> (Microsoft list reference).</summary>
internal static class ListMemberRelationships
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "listaccount_association", "listcontact_association", "listlead_association",
    };

    /// <summary>Whether <paramref name="schemaName"/> is one of them. Dataverse refuses Associate on them with "Associate is not supported for ListMember".</summary>
    public static bool IsListMember(string? schemaName) => schemaName is not null && Names.Contains(schemaName);
}
