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
            await sut.AddMemberAsync($"member{i}@brightfield-labs.com");
        }

        // Act
        var (_, firstPage) = await sut.GetAsync(Members);
        var (_, secondPage) = await sut.GetAsync($"{Members}?count=10&offset=10");

        // Assert
        Assert.Equal(10, firstPage!["members"]!.AsArray().Count);
        Assert.Equal(12, firstPage["total_items"]!.GetValue<int>());
        Assert.Equal(2, secondPage!["members"]!.AsArray().Count);
        Assert.Equal("member10@brightfield-labs.com", secondPage["members"]![0]!["email_address"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetMembers_CountAbove1000_CappedAt1000 (https://mailchimp.com/developer/marketing/docs/methods-parameters/#pagination: count maximum 1000)")]
    public async Task GetMembers_CountAbove1000_CappedAt1000()
    {
        // Arrange
        await using var sut = await CreateSut();
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var members = Enumerable.Range(chunk * 500, chunk == 2 ? 1 : 500).Select(i => new { email_address = $"m{i}@brightfield-labs.com", status = "subscribed" }).ToArray();
            await sut.PostAsync($"lists/{TestSandbox.ListId}?fields=total_created", new { members });
        }

        // Act
        var (response, body) = await sut.GetAsync($"{Members}?count=5000&fields=members.id,total_items");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1000, body!["members"]!.AsArray().Count);
        Assert.Equal(1001, body["total_items"]!.GetValue<int>());
    }

    [Fact(DisplayName = "GetMembers_StatusFilter_ReturnsOnlyThatStatus (https://mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    public async Task GetMembers_StatusFilter_ReturnsOnlyThatStatus()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("a@brightfield-labs.com");
        await sut.AddMemberAsync("b@brightfield-labs.com", "unsubscribed");
        await sut.AddMemberAsync("c@brightfield-labs.com");
        await sut.SendAsync(HttpMethod.Delete, $"{Members}/c@brightfield-labs.com");

        // Act
        var (_, unsubscribed) = await sut.GetAsync($"{Members}?status=unsubscribed");
        var (_, archived) = await sut.GetAsync($"{Members}?status=archived");

        // Assert
        Assert.Equal("b@brightfield-labs.com", Assert.Single(unsubscribed!["members"]!.AsArray())!["email_address"]!.GetValue<string>());
        Assert.Equal("c@brightfield-labs.com", Assert.Single(archived!["members"]!.AsArray())!["email_address"]!.GetValue<string>());
    }
}
