namespace Dynamics.Mailchimp.Sandbox.Mailchimp.State.Members;

/// <summary>The members of one audience and the addresses deleted permanently; mutated only under the store's lock.</summary>
internal sealed class MemberBook
{
    /// <summary>Gets the members by subscriber hash.</summary>
    public Dictionary<string, MemberRecord> ByHash { get; } = new(StringComparer.Ordinal);

    /// <summary>Gets the subscriber hashes of permanently deleted members.</summary>
    public HashSet<string> Forgotten { get; } = new(StringComparer.Ordinal);

    public MemberRecord? FindByContactId(string contactId) =>
        ByHash.Values.FirstOrDefault(m => m.ContactId == contactId);
}
