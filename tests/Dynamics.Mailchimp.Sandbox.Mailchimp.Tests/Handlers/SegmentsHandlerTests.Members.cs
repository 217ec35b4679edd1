using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <content>
/// <c>GET /lists/{list_id}/segments/{segment_id}/members</c>. Page:
/// https://mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/ (parameters and response
/// schema also in the official spec 3.0.55 as copied in api-evangelist/mailchimp openapi/mailchimp-segments-api-openapi.yml).
/// </content>
public sealed partial class SegmentsHandlerTests
{
    private const string SegmentMembersPage = "https://mailchimp.com/developer/marketing/api/list-segment-members/list-members-in-segment/";

    /// <summary>Adds one member per status (<see cref="StatusSeed"/>) and tags all six "Donors", the cleaned and archived ones included.</summary>
    private static async Task<long> TagOneMemberPerStatusAsync(TestSandbox sut)
    {
        await StatusSeed.AddAsync(sut);
        return await CreateTagAsync(sut, "Donors", StatusSeed.Emails);
    }

    [Fact(DisplayName = $"GetSegmentMembers_NoIncludeFlags_ListsSubscribedAndPendingOnly ({SegmentMembersPage}: include_cleaned/include_transactional/include_unsubscribed, default false)")]
    public async Task GetSegmentMembers_NoIncludeFlags_ListsSubscribedAndPendingOnly()
    {
        // Arrange
        await using var sut = await CreateSut();
        var id = await TagOneMemberPerStatusAsync(sut);

        // Act
        var (response, page) = await sut.GetAsync($"{Segments}/{id}/members");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["sub@brightfield-labs.com", "pend@brightfield-labs.com"], StatusSeed.EmailsOf(page));
        Assert.Equal(2, page!["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = $"GetSegmentMembers_AllIncludeFlags_ListsEveryStatusButArchived ({SegmentMembersPage}: the response status enum has no archived)")]
    public async Task GetSegmentMembers_AllIncludeFlags_ListsEveryStatusButArchived()
    {
        // Arrange
        await using var sut = await CreateSut();
        var id = await TagOneMemberPerStatusAsync(sut);

        // Act
        var (_, page) = await sut.GetAsync($"{Segments}/{id}/members?include_cleaned=true&include_transactional=true&include_unsubscribed=true");

        // Assert
        Assert.Equal(["sub@brightfield-labs.com", "pend@brightfield-labs.com", "unsub@brightfield-labs.com", "clean@brightfield-labs.com", "trans@brightfield-labs.com"], StatusSeed.EmailsOf(page));
        Assert.Equal(
            ["subscribed", "pending", "unsubscribed", "cleaned", "transactional"],
            page!["members"]!.AsArray().Select(member => member!["status"]!.GetValue<string>()));
        Assert.Equal(5, page["total_items"]!.GetValue<int>());
    }

    [Theory(DisplayName = $"GetSegmentMembers_OneIncludeFlag_AddsOnlyThatStatus ({SegmentMembersPage})")]
    [InlineData("include_cleaned", "clean@brightfield-labs.com")]
    [InlineData("include_transactional", "trans@brightfield-labs.com")]
    [InlineData("include_unsubscribed", "unsub@brightfield-labs.com")]
    public async Task GetSegmentMembers_OneIncludeFlag_AddsOnlyThatStatus(string flag, string added)
    {
        // Arrange
        await using var sut = await CreateSut();
        var id = await TagOneMemberPerStatusAsync(sut);

        // Act
        var (_, page) = await sut.GetAsync($"{Segments}/{id}/members?{flag}=true");

        // Assert
        Assert.Equal(["sub@brightfield-labs.com", "pend@brightfield-labs.com", added], StatusSeed.EmailsOf(page));
    }

    [Fact(DisplayName = $"GetSegmentMembers_CountOffsetAndFields_PagesLikeEveryCollection ({SegmentMembersPage}; https://mailchimp.com/developer/marketing/docs/methods-parameters/)")]
    public async Task GetSegmentMembers_CountOffsetAndFields_PagesLikeEveryCollection()
    {
        // Arrange
        await using var sut = await CreateSut();
        var emails = Enumerable.Range(0, 5).Select(i => $"m{i}@brightfield-labs.com").ToArray();
        foreach (var email in emails)
        {
            await sut.AddMemberAsync(email, mergeFields: new { FNAME = "N" + email[1] });
        }

        await sut.AddMemberAsync("untagged@brightfield-labs.com");
        var id = await CreateTagAsync(sut, "Donors", emails);

        // Act
        var (_, first) = await sut.GetAsync($"{Segments}/{id}/members?count=2&offset=0&fields=members.email_address,members.status,members.merge_fields.FNAME,total_items");
        var (_, last) = await sut.GetAsync($"{Segments}/{id}/members?count=2&offset=4&exclude_fields=members.interests");

        // Assert
        Assert.Equal(["m0@brightfield-labs.com", "m1@brightfield-labs.com"], StatusSeed.EmailsOf(first));
        Assert.Equal(5, first!["total_items"]!.GetValue<int>());
        var member = first["members"]![0]!.AsObject();
        Assert.Equal(["email_address", "status", "merge_fields"], member.Select(p => p.Key));
        Assert.Equal("N0", member["merge_fields"]!["FNAME"]!.GetValue<string>());
        Assert.Equal(["m4@brightfield-labs.com"], StatusSeed.EmailsOf(last));
        Assert.Null(last!["members"]![0]!["interests"]);
    }

    [Fact(DisplayName = $"GetSegmentMembers_Member_HasTheDocumentedSegmentMemberFields ({SegmentMembersPage}: schema without contact_id, web_id, tags, source)")]
    public async Task GetSegmentMembers_Member_HasTheDocumentedSegmentMemberFields()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com", mergeFields: new { FNAME = "Ada" });
        var id = await CreateTagAsync(sut, "Donors", "ada@brightfield-labs.com");
        var (_, listed) = await sut.GetAsync($"lists/{TestSandbox.ListId}/members/ada@brightfield-labs.com");

        // Act
        var (_, page) = await sut.GetAsync($"{Segments}/{id}/members");

        // Assert
        var member = page!["members"]![0]!.AsObject();
        Assert.Equal(listed!["id"]!.GetValue<string>(), member["id"]!.GetValue<string>());
        Assert.Equal("subscribed", member["status"]!.GetValue<string>());
        Assert.Equal("Ada", member["merge_fields"]!["FNAME"]!.GetValue<string>());
        Assert.Equal(TestSandbox.ListId, member["list_id"]!.GetValue<string>());
        foreach (var absent in new[] { "contact_id", "web_id", "tags", "tags_count", "source", "marketing_permissions" })
        {
            Assert.False(member.ContainsKey(absent), absent);
        }

        Assert.Equal(["members", "total_items"], page.AsObject().Select(p => p.Key));
    }

    [Fact(DisplayName = $"GetSegmentMembers_UnknownParameter_Returns501 (brief: anything not emulated fails loudly; {SegmentMembersPage} documents no 'status')")]
    public async Task GetSegmentMembers_UnknownParameter_Returns501()
    {
        // Arrange
        await using var sut = await CreateSut();
        var id = await CreateTagAsync(sut, "Donors");

        // Act
        var (response, body) = await sut.GetAsync($"{Segments}/{id}/members?status=subscribed");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented");
        Assert.Contains("'status'", body!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = "GetSegmentMembers_FlagNotBoolean_Returns400 (sandbox's strict choice: the flags are documented as booleans)")]
    public async Task GetSegmentMembers_FlagNotBoolean_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();
        var id = await CreateTagAsync(sut, "Donors");

        // Act
        var (response, body) = await sut.GetAsync($"{Segments}/{id}/members?include_cleaned=yes");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("include_cleaned", body!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Theory(DisplayName = "GetSegmentMembers_UnknownSegment_Returns404 (https://mailchimp.com/developer/marketing/docs/errors/: Resource Not Found; saved segments are not emulated, so none can be found)")]
    [InlineData("987654")]
    [InlineData("not-a-number")]
    public async Task GetSegmentMembers_UnknownSegment_Returns404(string segmentId)
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync($"{Segments}/{segmentId}/members");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }
}
