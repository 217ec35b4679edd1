using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Run;

/// <summary>The member tables the connector syncs (contact, lead, account), as the plug-ins declare them.</summary>
public static class SyncTables
{
    /// <summary>Whether <paramref name="table"/> is a member table (a queue row for a list names the list instead).</summary>
    public static bool IsMemberTable(string table) => MemberProfile.Find(table) is not null;

    /// <summary>The member tables the options leave switched on.</summary>
    public static IReadOnlyList<string> Enabled(SyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new[] { MemberProfile.Contact, MemberProfile.Lead, MemberProfile.Account }.Select(profile => profile.Table).Where(options.IsEnabled).ToArray();
    }
}
