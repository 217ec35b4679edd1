using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <content>
/// Interest filters and default statuses of the member listing. Page:
/// https://mailchimp.com/developer/marketing/api/list-members/list-members-info/ (interest_category_id, interest_ids,
/// interest_match any/all/none; the same query recorded against the live API in brandonseydel/MailChimp.Net#216).
/// </content>
public sealed partial class MembersHandlerTests
{
    private const string ListMembersPage = "https://mailchimp.com/developer/marketing/api/list-members/list-members-info/";

    /// <summary>A "Topics" category with interests a and b; members: both, only-a, only-b, neither.</summary>
    private static async Task<(string Category, string A, string B)> SeedInterestsAsync(TestSandbox sut)
    {
        var categories = $"lists/{TestSandbox.ListId}/interest-categories";
        var (_, category) = await sut.PostAsync(categories, new { title = "Topics", type = "checkboxes" });
        var categoryId = category!["id"]!.GetValue<string>();
        var (_, a) = await sut.PostAsync($"{categories}/{categoryId}/interests", new { name = "Engines" });
        var (_, b) = await sut.PostAsync($"{categories}/{categoryId}/interests", new { name = "Looms" });
        var (aId, bId) = (a!["id"]!.GetValue<string>(), b!["id"]!.GetValue<string>());
        async Task AddAsync(string email, bool hasA, bool hasB, string status = "subscribed")
        {
            var (response, _) = await sut.PostAsync(Members, new { email_address = email, status, interests = new Dictionary<string, bool> { [aId] = hasA, [bId] = hasB } });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await AddAsync("both@brightfield-labs.com", true, true);
        await AddAsync("only-a@brightfield-labs.com", true, false);
        await AddAsync("only-b@brightfield-labs.com", false, true, "unsubscribed");
        await AddAsync("neither@brightfield-labs.com", false, false);
        return (categoryId, aId, bId);
    }

    [Theory(DisplayName = $"GetMembers_InterestMatch_FiltersByAnyAllNone ({ListMembersPage})")]
    [InlineData("any", new[] { "both@brightfield-labs.com", "only-a@brightfield-labs.com", "only-b@brightfield-labs.com" })]
    [InlineData("all", new[] { "both@brightfield-labs.com" })]
    [InlineData("none", new[] { "neither@brightfield-labs.com" })]
    public async Task GetMembers_InterestMatch_FiltersByAnyAllNone(string match, string[] expected)
    {
        // Arrange
        await using var sut = await CreateSut();
        var (category, a, b) = await SeedInterestsAsync(sut);

        // Act
        var (response, page) = await sut.GetAsync($"{Members}?interest_category_id={category}&interest_ids={a},{b}&interest_match={match}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, StatusSeed.EmailsOf(page));
        Assert.Equal(expected.Length, page!["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = $"GetMembers_InterestAndStatus_AppliesBoth ({ListMembersPage})")]
    public async Task GetMembers_InterestAndStatus_AppliesBoth()
    {
        // Arrange
        await using var sut = await CreateSut();
        var (category, _, b) = await SeedInterestsAsync(sut);

        // Act
        var (_, page) = await sut.GetAsync($"{Members}?status=subscribed&interest_category_id={category}&interest_ids={b}&interest_match=any");

        // Assert
        Assert.Equal(["both@brightfield-labs.com"], StatusSeed.EmailsOf(page));
    }

    [Theory(DisplayName = $"GetMembers_InterestFilterIncomplete_Returns400 ({ListMembersPage}: 'Must be accompanied by interest_category_id and interest_match'; strict, worded like MailChimp.Net#589's recorded 'Status is required when using since_last_campaign filter.')")]
    [InlineData("interest_ids=x&interest_match=any", "interest_category_id")]
    [InlineData("interest_category_id={0}&interest_match=any", "interest_ids")]
    [InlineData("interest_category_id={0}&interest_ids=x", "interest_match")]
    [InlineData("interest_category_id={0}", "interest_ids")]
    public async Task GetMembers_InterestFilterIncomplete_Returns400(string queryFormat, string missing)
    {
        // Arrange
        await using var sut = await CreateSut();
        var (category, _, _) = await SeedInterestsAsync(sut);

        // Act
        var (response, body) = await sut.GetAsync($"{Members}?{string.Format(System.Globalization.CultureInfo.InvariantCulture, queryFormat, category)}");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal(missing, body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.StartsWith($"{missing} is required when using the ", body["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact(DisplayName = $"GetMembers_InterestMatchOutsideEnum_Returns400 ({ListMembersPage}: any, all, none)")]
    public async Task GetMembers_InterestMatchOutsideEnum_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();
        var (category, a, _) = await SeedInterestsAsync(sut);

        // Act
        var (response, body) = await sut.GetAsync($"{Members}?interest_category_id={category}&interest_ids={a}&interest_match=some");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("interest_match", body!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetMembers_InterestNotInCategory_Returns400InvalidInterest (wording recorded for writes in drewm/mailchimp-api#294; applying it to reads is the sandbox's choice)")]
    public async Task GetMembers_InterestNotInCategory_Returns400InvalidInterest()
    {
        // Arrange
        await using var sut = await CreateSut();
        var (category, _, _) = await SeedInterestsAsync(sut);

        // Act
        var (response, body) = await sut.GetAsync($"{Members}?interest_category_id={category}&interest_ids=c06bb4b529&interest_match=any");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource", "Invalid interest ID: 'c06bb4b529'.");
    }

    [Fact(DisplayName = "GetMembers_UnknownInterestCategory_Returns400 (sandbox's strict choice; not recorded)")]
    public async Task GetMembers_UnknownInterestCategory_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();
        var (_, a, _) = await SeedInterestsAsync(sut);

        // Act
        var (response, body) = await sut.GetAsync($"{Members}?interest_category_id=0000000000&interest_ids={a}&interest_match=any");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
        Assert.Equal("interest_category_id", body!["errors"]![0]!["field"]!.GetValue<string>());
    }

    [Fact(DisplayName = $"GetMembers_NoStatus_ListsEveryStatusArchivedIncluded ({ListMembersPage}: the status enum of the filter and of the response has archived; brandonseydel/MailChimp.Net#417: one archived member broke clients reading the list)")]
    public async Task GetMembers_NoStatus_ListsEveryStatusArchivedIncluded()
    {
        // Arrange
        await using var sut = await CreateSut();
        await StatusSeed.AddAsync(sut);

        // Act
        var (_, page) = await sut.GetAsync($"{Members}?fields=members.status,total_items");

        // Assert
        Assert.Equal(
            ["subscribed", "pending", "unsubscribed", "cleaned", "transactional", "archived"],
            page!["members"]!.AsArray().Select(member => member!["status"]!.GetValue<string>()));
        Assert.Equal(6, page["total_items"]!.GetValue<int>());
    }
}
