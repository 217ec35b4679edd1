using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Page: https://mailchimp.com/developer/marketing/api/list-member-tags/</summary>
public sealed class MemberTagsHandlerTests
{
    private const string Tags = $"lists/{TestSandbox.ListId}/members/ada@brightfield-labs.com/tags";

    private static Task<TestSandbox> CreateSut() => TestSandbox.StartAsync();

    [Fact(DisplayName = "PostTags_ActiveUnknownName_CreatesTagAndReturns204 (https://mailchimp.com/developer/marketing/api/list-member-tags/add-or-remove-member-tags/)")]
    public async Task PostTags_ActiveUnknownName_CreatesTagAndReturns204()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (response, _) = await sut.PostAsync(Tags, new { tags = new[] { new { name = "VIP", status = "active" } } });
        var (_, body) = await sut.GetAsync(Tags);

        // Assert
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(1, body!["total_items"]!.GetValue<int>());
        Assert.Equal("VIP", body["tags"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:00:00+00:00", body["tags"]![0]!["date_added"]!.GetValue<string>());
    }

    [Fact(DisplayName = "PostTags_Inactive_RemovesTag (https://mailchimp.com/developer/marketing/api/list-member-tags/add-or-remove-member-tags/)")]
    public async Task PostTags_Inactive_RemovesTag()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.PostAsync(Tags, new { tags = new[] { new { name = "VIP", status = "active" }, new { name = "Donor", status = "active" } } });

        // Act
        await sut.PostAsync(Tags, new { tags = new[] { new { name = "VIP", status = "inactive" } } });
        var (_, body) = await sut.GetAsync(Tags);

        // Assert
        Assert.Equal("Donor", Assert.Single(body!["tags"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact(DisplayName = "PostTags_MemberNotOnList_Returns404 (https://mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task PostTags_MemberNotOnList_Returns404()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync(Tags, new { tags = new[] { new { name = "VIP", status = "active" } } });

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.NotFound, "Resource Not Found");
    }

    [Fact(DisplayName = "PostTags_Change_MovesLastChangedAndNoChangeDoesNot (recorded: grouparoo/grouparoo plugins/@grouparoo/mailchimp/__tests__/fixtures/export/exportRecord.js)")]
    public async Task PostTags_Change_MovesLastChangedAndNoChangeDoesNot()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        var member = $"lists/{TestSandbox.ListId}/members/ada@brightfield-labs.com";

        // Act
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.PostAsync(Tags, new { tags = new[] { new { name = "VIP", status = "active" } } });
        var (_, afterAdd) = await sut.GetAsync(member);
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.PostAsync(Tags, new { tags = new[] { new { name = "VIP", status = "active" }, new { name = "Unknown", status = "inactive" } } });
        var (_, afterNoChange) = await sut.GetAsync(member);
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.PostAsync(Tags, new { tags = new[] { new { name = "VIP", status = "inactive" } } });
        var (_, afterRemove) = await sut.GetAsync(member);

        // Assert
        Assert.Equal("2026-01-15T09:01:00+00:00", afterAdd!["last_changed"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:01:00+00:00", afterNoChange!["last_changed"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:03:00+00:00", afterRemove!["last_changed"]!.GetValue<string>());
    }
}
