using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Pages: https://mailchimp.com/developer/marketing/api/interest-categories/ and https://mailchimp.com/developer/marketing/api/interests/</summary>
public sealed class InterestsHandlerTests
{
    private const string Categories = $"lists/{TestSandbox.ListId}/interest-categories";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Fact(DisplayName = "PostCategoryAndInterest_ListedAndUsableOnMembers (https://mailchimp.com/developer/marketing/api/interests/add-interest-in-category/)")]
    public async Task PostCategoryAndInterest_ListedAndUsableOnMembers()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (_, category) = await sut.PostAsync(Categories, new { title = "Topics", type = "checkboxes" });
        var categoryId = category!["id"]!.GetValue<string>();
        var (_, interest) = await sut.PostAsync($"{Categories}/{categoryId}/interests", new { name = "Engines" });
        var interestId = interest!["id"]!.GetValue<string>();
        var (_, categories) = await sut.GetAsync(Categories);
        var (_, interests) = await sut.GetAsync($"{Categories}/{categoryId}/interests");
        var (_, member) = await sut.PostAsync($"lists/{TestSandbox.ListId}/members", new { email_address = "ada@brightfield-labs.com", status = "subscribed", interests = new Dictionary<string, bool> { [interestId] = true } });

        // Assert
        Assert.Equal("Topics", categories!["categories"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(1, categories["total_items"]!.GetValue<int>());
        Assert.Equal("Engines", interests!["interests"]![0]!["name"]!.GetValue<string>());
        Assert.Equal(categoryId, interests["category_id"]!.GetValue<string>());
        Assert.True(member!["interests"]![interestId]!.GetValue<bool>());
    }

    [Fact(DisplayName = "PostCategory_InvalidType_Returns400 (https://mailchimp.com/developer/marketing/api/interest-categories/add-interest-category/)")]
    public async Task PostCategory_InvalidType_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Categories, new { title = "Topics", type = "sliders" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
    }

    [Fact(DisplayName = "GetInterests_UnknownCategory_Returns404 (https://mailchimp.com/developer/marketing/api/interests/list-interests-in-category/)")]
    public async Task GetInterests_UnknownCategory_Returns404()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync($"{Categories}/0000000000/interests");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }
}
