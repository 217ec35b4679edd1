namespace Dynamics.Mailchimp.OfficialClients.Tests.Support;

/// <summary>The operations <c>conformance.mjs</c> reports, in order; each names the official client method it calls.</summary>
internal static class ConformanceOperations
{
    /// <summary>Gets every operation name the script must report.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        "ping.get",
        "lists.getAllLists",
        "lists.getList",
        "lists.getListMergeFields",
        "lists.addListMergeField",
        "lists.createListInterestCategory",
        "lists.createInterestCategoryInterest",
        "lists.getListInterestCategories",
        "lists.listInterestCategoryInterests",
        "lists.batchListMembers",
        "lists.setListMember",
        "lists.updateListMember",
        "lists.getListMember",
        "lists.deleteListMember",
        "lists.deleteListMemberPermanent",
        "lists.createSegment",
        "lists.batchSegmentMembers",
        "lists.listSegments",
        "lists.getSegmentMembersList",
        "lists.getListMembersInfo (interest filter)",
        "lists.getListMembersInfo",
        "campaigns.list",
        "reports.getEmailActivityForCampaign",
        "reports.getUnsubscribedListForCampaign",
        "reports.getCampaignRecipients",
        "lists.setListMember (Member In Compliance State)",
    ];
}
