using Dynamics.Mailchimp.MailchimpApi.Http;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Http;

public sealed class QueryStringBuilderTests
{
    private static QueryStringBuilder CreateSut(string path = "lists/L1/members") => new(path);

    [Fact]
    public void ToString_ValuesWithReservedCharacters_AreEscapedAndNullsLeftOut()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var text = sut.Add("since_last_changed", "2024-05-01T10:00:00+00:00").Add("status", null).Add("count", 1000).ToString();

        // Assert
        Assert.Equal("lists/L1/members?since_last_changed=2024-05-01T10%3A00%3A00%2B00%3A00&count=1000", text);
    }

    [Fact]
    public void ToString_PathAlreadyHasQuery_AppendsWithAmpersand()
    {
        // Arrange
        var sut = CreateSut("lists/L1/segments?type=static");

        // Act
        var text = sut.Add("offset", 0).ToString();

        // Assert
        Assert.Equal("lists/L1/segments?type=static&offset=0", text);
    }
}
