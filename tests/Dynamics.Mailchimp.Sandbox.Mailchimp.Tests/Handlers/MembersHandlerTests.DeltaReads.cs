using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Delta reads by last_changed. Page: https://mailchimp.com/developer/marketing/api/list-members/list-members-info/</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "GetMembers_SinceLastChanged_IncludesApiAndControlChangesSortedAscending (https://mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    public async Task GetMembers_SinceLastChanged_IncludesApiAndControlChangesSortedAscending()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("untouched@brightfield-labs.com");
        await sut.AddMemberAsync("bounced@brightfield-labs.com");
        await sut.AddMemberAsync("patched@brightfield-labs.com");
        await sut.AddMemberAsync("unsubscribed@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(10));
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "unsubscribed@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.PatchAsync($"{Members}/patched@brightfield-labs.com", new { merge_fields = new { FNAME = "P" } });
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        sut.Sandbox.Controls.Bounce(TestSandbox.ListId, "bounced@brightfield-labs.com");

        // Act
        var (_, body) = await sut.GetAsync($"{Members}?since_last_changed=2026-01-15T09:05:00%2B00:00&sort_field=last_changed&sort_dir=ASC&count=1000");

        // Assert
        var emails = body!["members"]!.AsArray().Select(m => m!["email_address"]!.GetValue<string>()).ToList();
        Assert.Equal(["unsubscribed@brightfield-labs.com", "patched@brightfield-labs.com", "bounced@brightfield-labs.com"], emails);
        Assert.Equal(3, body["total_items"]!.GetValue<int>());
        Assert.Equal("cleaned", body["members"]![2]!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetMembers_BeforeLastChangedAndSortDesc_FiltersAndOrders (https://mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    public async Task GetMembers_BeforeLastChangedAndSortDesc_FiltersAndOrders()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("first@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.AddMemberAsync("second@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(1));
        await sut.AddMemberAsync("third@brightfield-labs.com");

        // Act
        var (_, body) = await sut.GetAsync($"{Members}?before_last_changed=2026-01-15T09:02:00Z&sort_field=last_changed&sort_dir=DESC");

        // Assert
        var emails = body!["members"]!.AsArray().Select(m => m!["email_address"]!.GetValue<string>()).ToList();
        Assert.Equal(["second@brightfield-labs.com", "first@brightfield-labs.com"], emails);
    }

    [Fact(DisplayName = "GetMembers_SinceLastChangedWithUnencodedPlus_IsStillParsed (https://mailchimp.com/developer/marketing/api/list-members/list-members-info/)")]
    public async Task GetMembers_SinceLastChangedWithUnencodedPlus_IsStillParsed()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("early@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(10));
        await sut.AddMemberAsync("late@brightfield-labs.com");

        // Act
        var (response, body) = await sut.GetAsync($"{Members}?since_last_changed=2026-01-15T09:05:00+00:00");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("late@brightfield-labs.com", Assert.Single(body!["members"]!.AsArray())!["email_address"]!.GetValue<string>());
    }

    [Fact(DisplayName = "GetMembers_SinceLastChangedAfterDelete_ReturnsArchivedMember (https://mailchimp.com/developer/marketing/api/list-members/archive-list-member/)")]
    public async Task GetMembers_SinceLastChangedAfterDelete_ReturnsArchivedMember()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");
        await sut.AddMemberAsync("grace@brightfield-labs.com");
        sut.Time.Advance(TimeSpan.FromMinutes(10));
        await sut.SendAsync(HttpMethod.Delete, $"{Members}/ada@brightfield-labs.com");

        // Act
        var (_, body) = await sut.GetAsync($"{Members}?since_last_changed=2026-01-15T09:05:00Z");

        // Assert
        var member = Assert.Single(body!["members"]!.AsArray())!;
        Assert.Equal("ada@brightfield-labs.com", member["email_address"]!.GetValue<string>());
        Assert.Equal("archived", member["status"]!.GetValue<string>());
        Assert.Equal("2026-01-15T09:10:00+00:00", member["last_changed"]!.GetValue<string>());
    }
}
