using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Member collection reads. Page: https://mailchimp.com/developer/marketing/api/list-members/list-members-info/</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "GetMembers_NoCount_ReturnsTenWithTotalItemsOfAll (https://mailchimp.com/developer/marketing/docs/methods-parameters/#pagination)")]
    public async Task GetMembers_NoCount_ReturnsTenWithTotalItemsOfAll()
    {
        // Arrange
        await using var sut = await CreateSut();
        for (var i = 0; i < 12; i++)
        {
            await sut.AddMemberAsync($"member{i}@example.com");
        }

        // Act
        var (_, firstPage) = await sut.GetAsync(Members);
        var (_, secondPage) = await sut.GetAsync($"{Members}?count=10&offset=10");

        // Assert
        Assert.Equal(10, firstPage!["members"]!.AsArray().Count);
        Assert.Equal(12, firstPage["total_items"]!.GetValue<int>());
        Assert.Equal(2, secondPage!["members"]!.AsArray().Count);
        Assert.Equal("member10@example.com", secondPage["members"]![0]!["email_address"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetMembers_CountAbove1000_Returns400 (https://mailchimp.com/developer/marketing/docs/methods-parameters/#pagination)")]
    public async Task GetMembers_CountAbove1000_Returns400()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.GetAsync($"{Members}?count=1001");

        // Assert
        ProblemAssert.Is(response, body, HttpStatusCode.BadRequest, "Invalid Resource");
    }

    [Fact(DisplayName = "GetMembers_StatusFilter_ReturnsOnlyThatStatus (https://mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    public async Task GetMembers_StatusFilter_ReturnsOnlyThatStatus()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("a@example.com");
        await sut.AddMemberAsync("b@example.com", "unsubscribed");
        await sut.AddMemberAsync("c@example.com");
        await sut.SendAsync(HttpMethod.Delete, $"{Members}/c@example.com");

        // Act
        var (_, unsubscribed) = await sut.GetAsync($"{Members}?status=unsubscribed");
        var (_, archived) = await sut.GetAsync($"{Members}?status=archived");

        // Assert
        Assert.Equal("b@example.com", Assert.Single(unsubscribed!["members"]!.AsArray())!["email_address"]!.GetValue<string>());
        Assert.Equal("c@example.com", Assert.Single(archived!["members"]!.AsArray())!["email_address"]!.GetValue<string>());
    }
}
