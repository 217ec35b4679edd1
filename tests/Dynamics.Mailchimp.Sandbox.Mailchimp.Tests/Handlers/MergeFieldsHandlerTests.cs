using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Pages: https://mailchimp.com/developer/marketing/api/list-merges/ and https://mailchimp.com/developer/marketing/docs/merge-fields/</summary>
public sealed class MergeFieldsHandlerTests
{
    private const string MergeFields = $"lists/{TestSandbox.ListId}/merge-fields";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Fact(DisplayName = "GetMergeFields_NewAudience_HasDefaultFields (https://mailchimp.com/developer/marketing/docs/merge-fields/)")]
    public async Task GetMergeFields_NewAudience_HasDefaultFields()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (_, body) = await sut.GetAsync(MergeFields);

        // Assert
        Assert.Equal(4, body!["total_items"]!.GetValue<int>());
        var tags = body["merge_fields"]!.AsArray().Select(f => f!["tag"]!.GetValue<string>()).ToList();
        Assert.Equal(["FNAME", "LNAME", "ADDRESS", "PHONE"], tags);
        Assert.Equal("address", body["merge_fields"]![2]!["type"]!.GetValue<string>());
    }

    [Fact(DisplayName = "PostMergeField_New_ReturnsNextMergeIdAndAppearsOnMembers (https://mailchimp.com/developer/marketing/api/list-merges/add-merge-field/)")]
    public async Task PostMergeField_New_ReturnsNextMergeIdAndAppearsOnMembers()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(MergeFields, new { name = "Company", type = "text", tag = "company" });
        var member = await sut.AddMemberAsync("ada@brightfield-labs.com", mergeFields: new { COMPANY = "Analytical Engines" });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, body!["merge_id"]!.GetValue<int>());
        Assert.Equal("COMPANY", body["tag"]!.GetValue<string>());
        Assert.Equal("Analytical Engines", member["merge_fields"]!["COMPANY"]!.GetValue<string>());
    }

    [Fact(DisplayName = "PostMergeField_UnknownType_Returns400 (https://mailchimp.com/developer/marketing/api/list-merges/add-merge-field/)")]
    public async Task PostMergeField_UnknownType_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(MergeFields, new { name = "Odd", type = "hologram" });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
    }

    [Fact(DisplayName = "PostMember_RequiredMergeFieldEmpty_Returns400UnlessSkipMergeValidation (https://mailchimp.com/developer/marketing/api/list-members/add-member-to-list/)")]
    public async Task PostMember_RequiredMergeFieldEmpty_Returns400UnlessSkipMergeValidation()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.PostAsync(MergeFields, new { name = "Company", type = "text", tag = "COMPANY", required = true });

        // Act
        var (refused, body) = await sut.PostAsync($"lists/{TestSandbox.ListId}/members", new { email_address = "ada@brightfield-labs.com", status = "subscribed" });
        var (skipped, _) = await sut.PostAsync($"lists/{TestSandbox.ListId}/members?skip_merge_validation=true", new { email_address = "ada@brightfield-labs.com", status = "subscribed" });

        // Assert
        ProblemAssert.Is(refused, body, HttpStatusCode.BadRequest, "Invalid Resource", "Your merge fields were invalid.");
        Assert.Equal("COMPANY", body!["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal("Please enter a value", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, skipped.StatusCode);
    }

    [Fact(DisplayName = "PostMergeField_PublicFalse_StoredAndReturned (https://mailchimp.com/developer/marketing/api/list-merges/add-merge-field/ public)")]
    public async Task PostMergeField_PublicFalse_StoredAndReturned()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(MergeFields, new { name = "Company", type = "text", tag = "COMPANY", @public = false });
        var (_, list) = await sut.GetAsync(MergeFields);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body!["public"]!.GetValue<bool>());
        Assert.False(list!["merge_fields"]!.AsArray().Single(f => f!["tag"]!.GetValue<string>() == "COMPANY")!["public"]!.GetValue<bool>());
    }
}
