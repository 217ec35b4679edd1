using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Pages: https://mailchimp.com/developer/marketing/api/list-segments/ and https://mailchimp.com/developer/marketing/api/list-tags/</summary>
public sealed partial class SegmentsHandlerTests
{
    private const string Segments = $"lists/{TestSandbox.ListId}/segments";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    private static async Task<long> CreateTagAsync(TestSandbox sut, string name, params string[] emails)
    {
        var (_, body) = await sut.PostAsync(Segments, new { name, static_segment = emails });
        return body!["id"]!.GetValue<long>();
    }

    [Fact(DisplayName = "PostSegment_StaticSegment_ListedWithTypeStatic (https://mailchimp.com/developer/marketing/api/list-segments/add-segment/)")]
    public async Task PostSegment_StaticSegment_ListedWithTypeStatic()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (response, created) = await sut.PostAsync(Segments, new { name = "Donors", static_segment = new[] { "ada@brightfield-labs.com", "stranger@brightfield-labs.com" } });
        var (_, list) = await sut.GetAsync($"{Segments}?type=static");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("static", created!["type"]!.GetValue<string>());
        Assert.Equal(1, created["member_count"]!.GetValue<int>());
        Assert.Equal(1, list!["total_items"]!.GetValue<int>());
        Assert.Equal("Donors", list["segments"]![0]!["name"]!.GetValue<string>());
    }

    [Fact(DisplayName = "PostSegmentMembers_AddAndRemove_ReportsTotalsAndIgnoresNonMembers (https://mailchimp.com/developer/marketing/api/list-segments/batch-add-or-remove-members/)")]
    public async Task PostSegmentMembers_AddAndRemove_ReportsTotalsAndIgnoresNonMembers()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("a@brightfield-labs.com");
        await sut.AddMemberAsync("b@brightfield-labs.com");
        var id = await CreateTagAsync(sut, "Donors", "b@brightfield-labs.com");

        // Act
        var (response, body) = await sut.PostAsync($"{Segments}/{id}", new { members_to_add = new[] { "a@brightfield-labs.com", "stranger@brightfield-labs.com" }, members_to_remove = new[] { "b@brightfield-labs.com" } });
        var (_, segment) = await sut.GetAsync($"{Segments}/{id}");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, body!["total_added"]!.GetValue<int>());
        Assert.Equal(1, body["total_removed"]!.GetValue<int>());
        Assert.Equal(0, body["error_count"]!.GetValue<int>());
        Assert.Equal("a@brightfield-labs.com", body["members_added"]![0]!["email_address"]!.GetValue<string>());
        Assert.Equal("b@brightfield-labs.com", body["members_removed"]![0]!["email_address"]!.GetValue<string>());
        Assert.Equal(1, segment!["member_count"]!.GetValue<int>());
    }

    [Fact(DisplayName = "PostSegmentMembers_MoreThan500ToAdd_Returns400 (https://mailchimp.com/developer/marketing/api/list-segments/batch-add-or-remove-members/)")]
    public async Task PostSegmentMembers_MoreThan500ToAdd_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();
        var id = await CreateTagAsync(sut, "Donors");

        // Act
        var (response, body) = await sut.PostAsync($"{Segments}/{id}", new { members_to_add = Enumerable.Range(0, 501).Select(i => $"m{i}@brightfield-labs.com").ToArray() });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
    }
}
