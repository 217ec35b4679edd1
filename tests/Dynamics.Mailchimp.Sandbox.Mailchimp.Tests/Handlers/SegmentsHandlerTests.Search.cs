using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Segment lookup and tag search.</summary>
public sealed partial class SegmentsHandlerTests
{
    [Theory(DisplayName = "GetSegment_Unknown_Returns404 (https://mailchimp.com/developer/marketing/api/list-segments/get-segment-info/)")]
    [InlineData("424242")]
    [InlineData("not-a-number")]
    public async Task GetSegment_Unknown_Returns404(string segmentId)
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync($"{Segments}/{segmentId}");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }

    [Fact(DisplayName = "TagSearch_Prefix_ReturnsMatchingTags (https://mailchimp.com/developer/marketing/api/list-tags/search-for-tags-on-a-list-by-name/)")]
    public async Task TagSearch_Prefix_ReturnsMatchingTags()
    {
        // Arrange
        await using var sut = await CreateSut();
        await CreateTagAsync(sut, "Donor 2025");
        await CreateTagAsync(sut, "Donor 2026");
        await CreateTagAsync(sut, "Volunteer");

        // Act
        var (_, body) = await sut.GetAsync($"lists/{TestSandbox.ListId}/tag-search?name=donor");
        var (_, all) = await sut.GetAsync($"lists/{TestSandbox.ListId}/tag-search");

        // Assert
        Assert.Equal(2, body!["total_items"]!.GetValue<int>());
        Assert.All(body["tags"]!.AsArray(), t => Assert.StartsWith("Donor", t!["name"]!.GetValue<string>()));
        Assert.Equal(3, all!["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = "PostSegment_SavedSegmentOptions_Returns501")]
    public async Task PostSegment_SavedSegmentOptions_Returns501()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Segments, new { name = "Saved", options = new { match = "any", conditions = Array.Empty<object>() } });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotImplemented, "Not Implemented");
    }
}
