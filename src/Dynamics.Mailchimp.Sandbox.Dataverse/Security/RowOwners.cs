using System.Collections.Concurrent;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>
/// Who owns the user-owned rows created through the Web API (the creator, as in Dataverse). The organization keeps no
/// <c>ownerid</c>, so rows seeded directly or written by plug-ins have no owner here: only Local, Deep or Global reach them.
/// </summary>
internal sealed class RowOwners
{
    private readonly ConcurrentDictionary<(string Table, Guid Id), Guid> _owners = new();

    public void Record(string table, Guid id, Guid owner) => _owners[(table, id)] = owner;

    public bool IsOwnedBy(string table, Guid id, Guid user) => _owners.TryGetValue((table, id), out var owner) && owner == user;

    /// <summary>The ids of the rows of <paramref name="table"/> that <paramref name="user"/> owns.</summary>
    public IReadOnlyList<Guid> OwnedBy(string table, Guid user) =>
        _owners.Where(pair => pair.Key.Table == table && pair.Value == user).Select(pair => pair.Key.Id).ToArray();
}
