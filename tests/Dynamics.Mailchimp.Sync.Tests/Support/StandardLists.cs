using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Tests.Support;

/// <summary>The lists most Decide tests use: one audience with an audience list, a tag list and an interest list.</summary>
internal static class StandardLists
{
    public static readonly ListMapping Newsletter = TestData.AudienceList(1);
    public static readonly ListMapping Customers = TestData.AudienceList(2);
    public static readonly ListMapping Vip = TestData.TagList(3, "VIP");
    public static readonly ListMapping Events = TestData.InterestList(4, "int-events");
    public static readonly ListMapping LeadNewsletter = TestData.AudienceList(5, table: TableNames.Lead);
    public static readonly ListMapping AccountNewsletter = TestData.AudienceList(6, table: TableNames.Account);

    public static Scenario Scenario() => new Scenario().WithLists(Newsletter, Customers, Vip, Events, LeadNewsletter, AccountNewsletter);
}
