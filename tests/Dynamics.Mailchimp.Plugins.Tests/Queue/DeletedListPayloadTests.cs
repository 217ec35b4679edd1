using System.Text.Json;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Queue;

namespace Dynamics.Mailchimp.Plugins.Tests.Queue;

public sealed class DeletedListPayloadTests
{
    private static DeletedListPayload CreateSut(string? tagName = "VIP", string? reason = null) =>
        new("Key accounts", 100000001, "a1b2c3d4e5", tagName, null, updateOnly: true, memberCount: 12, reason);

    [Fact]
    public void ToJson_TagMapping_WritesEveryPresentValue()
    {
        // Act
        using var json = JsonDocument.Parse(CreateSut().ToJson());

        // Assert
        var root = json.RootElement;
        Assert.Equal("Key accounts", root.GetProperty(DeletedListPayloadFields.ListName).GetString());
        Assert.Equal(100000001, root.GetProperty(DeletedListPayloadFields.MappingType).GetInt32());
        Assert.Equal("a1b2c3d4e5", root.GetProperty(DeletedListPayloadFields.AudienceId).GetString());
        Assert.Equal("VIP", root.GetProperty(DeletedListPayloadFields.TagName).GetString());
        Assert.True(root.GetProperty(DeletedListPayloadFields.UpdateOnly).GetBoolean());
        Assert.Equal(12, root.GetProperty(DeletedListPayloadFields.MemberCount).GetInt32());
        Assert.True(root.GetProperty(DeletedListPayloadFields.MembersCaptured).GetBoolean());
        Assert.False(root.TryGetProperty(DeletedListPayloadFields.InterestId, out _));
        Assert.False(root.TryGetProperty(DeletedListPayloadFields.NotCapturedReason, out _));
    }

    [Fact]
    public void ToJson_QuotesBackslashesAndControlCharacters_RoundTrip()
    {
        // Arrange
        const string tag = "say \"hi\" \\ to\n\tnew\u0001 members é";

        // Act
        using var json = JsonDocument.Parse(CreateSut(tag).ToJson());

        // Assert
        Assert.Equal(tag, json.RootElement.GetProperty(DeletedListPayloadFields.TagName).GetString());
    }

    [Fact]
    public void ToJson_NotCaptured_SaysWhy()
    {
        // Act
        using var json = JsonDocument.Parse(CreateSut(reason: "it is a dynamic list").ToJson());

        // Assert
        Assert.False(json.RootElement.GetProperty(DeletedListPayloadFields.MembersCaptured).GetBoolean());
        Assert.Equal("it is a dynamic list", json.RootElement.GetProperty(DeletedListPayloadFields.NotCapturedReason).GetString());
    }
}
