using System.Net;
using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;

namespace Dynamics.Mailchimp.MailchimpApi.Tests;

public sealed partial class MailchimpClientTests
{
    [Fact(DisplayName = "EnsureMergeFieldsAsync_OneMissing_CreatesOnlyTheMissingOne (mailchimp.com/developer/marketing/api/list-merges/)")]
    public async Task EnsureMergeFieldsAsync_OneMissing_CreatesOnlyTheMissingOne()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => request.Method == HttpMethod.Get
            ? Responses.Json("""{"merge_fields":[{"merge_id":1,"tag":"FNAME","name":"First Name","type":"text"}],"total_items":1}""")
            : Responses.Json("""{"merge_id":7,"tag":"CRMID","name":"CRM id","type":"text"}"""));
        var sut = CreateSut(handler);
        MergeFieldDefinition[] wanted =
        [
            new() { Tag = "fname", Name = "First Name" },
            new() { Tag = "CRMID", Name = "CRM id" },
        ];

        // Act
        var results = await sut.EnsureMergeFieldsAsync("L1", wanted, CancellationToken.None);

        // Assert
        Assert.Equal([MergeFieldEnsureOutcome.Existing, MergeFieldEnsureOutcome.Created], results.Select(result => result.Outcome));
        Assert.Equal(7, results[1].MergeField?.MergeId);
        var post = Assert.Single(handler.Requests, request => request.Method == HttpMethod.Post);
        Assert.Equal("lists/L1/merge-fields", post.Path);
        using var body = JsonDocument.Parse(post.Body!);
        Assert.Equal("CRMID", body.RootElement.GetProperty("tag").GetString());
        Assert.Equal("text", body.RootElement.GetProperty("type").GetString());
        Assert.False(body.RootElement.GetProperty("required").GetBoolean());
        Assert.Equal("1000", handler.Requests[0].Query["count"]);
    }

    [Fact]
    public async Task EnsureMergeFieldsAsync_CreateRefused_ReportsFailedWithoutRetrying()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => request.Method == HttpMethod.Get
            ? Responses.Json("""{"merge_fields":[],"total_items":0}""")
            : Responses.Problem(HttpStatusCode.BadRequest, "Invalid Resource", "Merge field limit reached."));
        var sut = CreateSut(handler);

        // Act
        var results = await sut.EnsureMergeFieldsAsync("L1", [new MergeFieldDefinition { Tag = "X", Name = "X" }], CancellationToken.None);

        // Assert
        var result = Assert.Single(results);
        Assert.Equal(MergeFieldEnsureOutcome.Failed, result.Outcome);
        Assert.Equal("Invalid Resource: Merge field limit reached.", result.Error);
        Assert.Single(handler.Requests, request => request.Method == HttpMethod.Post);
    }

    [Fact]
    public async Task CreateInterestCategoryAsync_PostsTitleAndType()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"id":"cat1","title":"Products","type":"hidden","list_id":"L1"}"""));
        var sut = CreateSut(handler);

        // Act
        var category = await sut.CreateInterestCategoryAsync("L1", new InterestCategoryDefinition { Title = "Products" }, CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal("lists/L1/interest-categories", request.Path);
        Assert.Equal("""{"title":"Products","type":"hidden"}""", request.Body);
        Assert.Equal("cat1", category.Id);
    }

    [Fact]
    public async Task CreateInterestAsync_PostsNameUnderCategory()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Json("""{"id":"int1","category_id":"cat1","name":"Widgets"}"""));
        var sut = CreateSut(handler);

        // Act
        var interest = await sut.CreateInterestAsync("L1", "cat1", new InterestDefinition { Name = "Widgets" }, CancellationToken.None);

        // Assert
        var request = Assert.Single(handler.Requests);
        Assert.Equal("lists/L1/interest-categories/cat1/interests", request.Path);
        Assert.Equal("""{"name":"Widgets"}""", request.Body);
        Assert.Equal("int1", interest.Id);
    }

    [Fact]
    public async Task GetInterestsAsync_CategoryThenInterests_ReadsBothCollections()
    {
        // Arrange
        var handler = new RecordingHandler((request, _) => request.Path.EndsWith("/interests", StringComparison.Ordinal)
            ? Responses.Json("""{"interests":[{"id":"i1","name":"A"},{"id":"i2","name":"B"}],"total_items":2}""")
            : Responses.Json("""{"categories":[{"id":"c1","title":"T","type":"checkboxes"}],"total_items":1}"""));
        var sut = CreateSut(handler);

        // Act
        var categories = await sut.GetInterestCategoriesAsync("L1", CancellationToken.None).ToListAsync(CancellationToken.None);
        var interests = await sut.GetInterestsAsync("L1", "c1", CancellationToken.None).ToListAsync(CancellationToken.None);

        // Assert
        Assert.Equal("c1", Assert.Single(categories).Id);
        Assert.Equal(["i1", "i2"], interests.Select(interest => interest.Id));
    }
}
