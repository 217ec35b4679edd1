using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Serialization;

public sealed class LenientDateTimeOffsetConverterTests
{
    private static ListMember Read(string json) => JsonSerializer.Deserialize(json, MailchimpJsonContext.Default.ListMember)!;

    [Theory]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("\"  \"")]
    public void Read_EmptyOrNull_GivesNull(string value)
    {
        // Arrange
        var json = $$"""{"timestamp_signup":{{value}}}""";

        // Act
        var member = Read(json);

        // Assert
        Assert.Null(member.TimestampSignup);
    }

    [Fact]
    public void Read_IsoWithOffset_KeepsTheInstant()
    {
        // Arrange
        const string json = """{"last_changed":"2024-05-01T12:00:00+02:00"}""";

        // Act
        var member = Read(json);

        // Assert
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), member.LastChanged);
    }

    [Fact]
    public void Read_Garbage_ThrowsJsonException()
    {
        // Arrange
        const string json = """{"last_changed":"yesterday-ish"}""";

        // Act
        var act = () => Read(json);

        // Assert
        Assert.Throws<JsonException>(act);
    }
}
