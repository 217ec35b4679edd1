namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>What a queue row records; the option values are in <see cref="Plugins.Names.QueueItemKinds"/>.</summary>
public enum QueueRowKind
{
    /// <summary>A contact, lead or account was created or changed.</summary>
    MemberChanged,

    /// <summary>A contact, lead or account was deleted.</summary>
    MemberDeleted,

    /// <summary>One member was added to a list.</summary>
    ListMemberAdded,

    /// <summary>A chunk of members was added to a list.</summary>
    ListMembersAdded,

    /// <summary>One member was removed from a list.</summary>
    ListMemberRemoved,

    /// <summary>A list's sync settings or status changed.</summary>
    ListChanged,

    /// <summary>A synced list was deleted.</summary>
    ListDeleted,

    /// <summary>A chunk of members was removed from a list.</summary>
    ListMembersRemoved,

    /// <summary>A list's members changed by a message that does not name them: its members are read again.</summary>
    ListMembersChanged,
}
