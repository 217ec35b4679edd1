using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Expand;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Expand;

internal static class ExpandScenario
{
    public static readonly ListMapping Newsletter = TestData.AudienceList(1);
    public static readonly ListMapping Vip = TestData.TagList(2, "VIP");
    public static readonly ListMapping OtherAudience = TestData.AudienceList(3, TestData.OtherAudience);
    public static readonly ListMapping NotSynced = TestData.List(4, ListTarget.Audience, syncing: false);
    public static readonly ListMapping Leads = TestData.AudienceList(5, table: TableNames.Lead);
    public static readonly ListMapping Accounts = TestData.AudienceList(6, TestData.OtherAudience, TableNames.Account);

    public static RowExpander CreateSut(MembershipIndex? index = null, SyncOptions? options = null) =>
        new(new ExpandContext(new ListMappings([Newsletter, Vip, OtherAudience, NotSynced, Leads, Accounts]), index ?? MembershipIndex.Empty, options ?? new SyncOptions()));
}
