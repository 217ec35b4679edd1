using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>Partial responses and field names. Page: https://mailchimp.com/developer/marketing/docs/methods-parameters/#partial-responses</summary>
public sealed partial class MembersHandlerTests
{
    [Fact(DisplayName = "GetMembers_FieldsDotNotation_ReturnsOnlyRequestedFields (https://mailchimp.com/developer/marketing/docs/methods-parameters/#partial-responses)")]
    public async Task GetMembers_FieldsDotNotation_ReturnsOnlyRequestedFields()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (_, body) = await sut.GetAsync($"{Members}?fields=members.email_address,members.status,total_items");

        // Assert
        Assert.Equal(["members", "total_items"], body!.AsObject().Select(p => p.Key).Order().ToArray());
        var member = body["members"]![0]!.AsObject();
        Assert.Equal(["email_address", "status"], member.Select(p => p.Key).Order().ToArray());
    }

    [Fact(DisplayName = "GetMembers_ExcludeFields_RemovesTopLevelAndNestedFields (https://mailchimp.com/developer/marketing/docs/methods-parameters/#partial-responses)")]
    public async Task GetMembers_ExcludeFields_RemovesTopLevelAndNestedFields()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (_, body) = await sut.GetAsync($"{Members}?exclude_fields=list_id,members.merge_fields,members.tags");

        // Assert
        Assert.False(body!.AsObject().ContainsKey("list_id"));
        var member = body["members"]![0]!.AsObject();
        Assert.False(member.ContainsKey("merge_fields"));
        Assert.False(member.ContainsKey("tags"));
        Assert.True(member.ContainsKey("email_address"));
    }

    [Fact(DisplayName = "GetMember_MemberObject_CarriesOfficialFieldNames (https://mailchimp.com/developer/marketing/api/list-members/get-member-info/)")]
    public async Task GetMember_MemberObject_CarriesOfficialFieldNames()
    {
        // Arrange
        await using var sut = await CreateSut();
        await sut.AddMemberAsync("ada@brightfield-labs.com");

        // Act
        var (_, body) = await sut.GetAsync($"{Members}/ada@brightfield-labs.com");

        // Assert
        var names = body!.AsObject().Select(p => p.Key).ToHashSet();
        string[] expected = ["id", "email_address", "unique_email_id", "contact_id", "web_id", "email_type", "status", "merge_fields", "interests", "ip_signup", "timestamp_signup", "ip_opt", "timestamp_opt", "last_changed", "language", "vip", "source", "tags_count", "tags", "list_id"];
        Assert.All(expected, name => Assert.Contains(name, names));
        Assert.IsType<JsonObject>(body["merge_fields"]);
        Assert.Equal(["ADDRESS", "FNAME", "LNAME", "PHONE"], body["merge_fields"]!.AsObject().Select(p => p.Key).Order().ToArray());
    }
}
