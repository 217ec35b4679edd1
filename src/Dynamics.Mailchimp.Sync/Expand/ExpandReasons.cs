using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>The reasons a row expands to nothing, each naming the row and the list or record.</summary>
internal static class ExpandReasons
{
    public static SkipReason ListNotSynced(QueueRow row) =>
        new(SkipCode.ListNotSynced, $"{row.Describe()}: list {row.ListId:D} does not sync with Mailchimp (sync off, inactive or deleted)");

    public static SkipReason ListMisconfigured(QueueRow row, string problem) =>
        new(SkipCode.ListMisconfigured, $"{row.Describe()}: {problem}; fix the list and retry the row");

    public static SkipReason KindDisabled(QueueRow row) => MemberProfile.Find(row.TargetTable) is null
        ? new(SkipCode.KindDisabled, $"{row.Describe()}: '{row.TargetTable}' is not {MemberProfile.Describe()}")
        : new(SkipCode.KindDisabled, $"{row.Describe()}: syncing {row.TargetTable} records is switched off");

    public static SkipReason NotInSyncedList(QueueRow row) =>
        new(SkipCode.NotInSyncedList, $"{row.Describe()}: the {row.TargetTable} is in no list that syncs with Mailchimp");

    public static SkipReason NoMembers(QueueRow row) =>
        new(SkipCode.NoMembers, $"{row.Describe()}: the row names no members");

    public static SkipReason ListHasNoMembers(QueueRow row, ListMapping list) =>
        new(SkipCode.NoMembers, $"{row.Describe()}: {list.Describe()} has no members now");

    public static SkipReason ListNeedsFullResync(QueueRow row, ListMapping? list) => list is { IsSyncing: true }
        ? new(SkipCode.ListNeedsFullResync, $"{row.Describe()}: {list.Describe()} changed its sync settings ({string.Join(", ", row.ChangedColumns)}); its existing members are sent only by 'sync --full', later changes sync as they happen")
        : new(SkipCode.ListNeedsFullResync, $"{row.Describe()}: list {row.ListId:D} no longer syncs; nobody is removed from Mailchimp");

    public static SkipReason DeletedListUnknown(QueueRow row) =>
        new(SkipCode.DeletedListUnknown, $"{row.Describe()}: list {row.ListId:D} was deleted and the row does not carry its mapping (queued before rows did); nobody was removed from Mailchimp");

    public static SkipReason DeletedListHadNoMembers(QueueRow row, DeletedList deleted) =>
        new(SkipCode.NoMembers, $"{row.Describe()}: the deleted {deleted.Mapping.Describe()} had no members");

    public static SkipReason DeletedListUnmapped(QueueRow row, string problem) =>
        new(SkipCode.DeletedListUnknown, $"{row.Describe()}: the deleted {problem}; nobody was removed from Mailchimp");

    public static SkipReason DeletedListMembersUnknown(QueueRow row, DeletedList deleted) =>
        new(SkipCode.DeletedListUnknown, $"{row.Describe()}: the deleted {deleted.Mapping.Describe()} ({deleted.Mapping.Target} of audience {deleted.Mapping.AudienceId}) was queued without its members because {deleted.NotCapturedReason}; nobody was removed from Mailchimp: remove its members there by hand, or remove them from the list in Dynamics before deleting it");
}
