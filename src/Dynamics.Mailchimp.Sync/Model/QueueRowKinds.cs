using Dynamics.Mailchimp.Plugins.Names;

namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>Maps <see cref="QueueRowKind"/> to and from the <c>dmc_kind</c> option values the plug-ins write.</summary>
public static class QueueRowKinds
{
    private static readonly IReadOnlyDictionary<int, QueueRowKind> ByOptionValue = new Dictionary<int, QueueRowKind>
    {
        [QueueItemKinds.MemberChanged] = QueueRowKind.MemberChanged,
        [QueueItemKinds.MemberDeleted] = QueueRowKind.MemberDeleted,
        [QueueItemKinds.ListMemberAdded] = QueueRowKind.ListMemberAdded,
        [QueueItemKinds.ListMembersAdded] = QueueRowKind.ListMembersAdded,
        [QueueItemKinds.ListMemberRemoved] = QueueRowKind.ListMemberRemoved,
        [QueueItemKinds.ListChanged] = QueueRowKind.ListChanged,
        [QueueItemKinds.ListDeleted] = QueueRowKind.ListDeleted,
        [QueueItemKinds.ListMembersRemoved] = QueueRowKind.ListMembersRemoved,
        [QueueItemKinds.ListMembersChanged] = QueueRowKind.ListMembersChanged,
    };

    /// <summary>The kind of option value <paramref name="optionValue"/>; false for a value no plug-in writes.</summary>
    /// <param name="optionValue">The <c>dmc_kind</c> value.</param>
    /// <param name="kind">The kind, when known.</param>
    /// <returns>Whether the value is known.</returns>
    public static bool TryFromOptionValue(int optionValue, out QueueRowKind kind) => ByOptionValue.TryGetValue(optionValue, out kind);

    /// <summary>The <c>dmc_kind</c> option value of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The option value.</returns>
    public static int ToOptionValue(QueueRowKind kind) => ByOptionValue.Single(pair => pair.Value == kind).Key;
}
