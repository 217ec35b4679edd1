using Dynamics.Mailchimp.Sync.Webhooks;

namespace Dynamics.Mailchimp.Sync.Tests.Webhooks;

/// <summary>
/// The forms follow Mailchimp's guide "Sync Audience Data with Webhooks"
/// (mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/): <c>type</c>, <c>fired_at</c> as
/// <c>YYYY-MM-DD HH:MM:SS</c>, and <c>data[…]</c> keys such as <c>data[merges][EMAIL]</c>.
/// </summary>
public sealed class WebhookPayloadReaderTests
{
    private static Dictionary<string, string> Form(string type, params (string Key, string Value)[] data)
    {
        var form = new Dictionary<string, string> { ["type"] = type, ["fired_at"] = "2009-03-26 21:35:57", ["data[list_id]"] = "a6b5da1054" };
        foreach (var (key, value) in data)
        {
            form[key] = value;
        }

        return form;
    }

    [Theory]
    [InlineData("subscribe", WebhookEventType.Subscribe)]
    [InlineData("unsubscribe", WebhookEventType.Unsubscribe)]
    [InlineData("profile", WebhookEventType.Profile)]
    [InlineData("cleaned", WebhookEventType.Cleaned)]
    public void Read_MemberEvent_ReadsTypeAudienceTimeAndAddress(string type, WebhookEventType expected)
    {
        // Arrange
        var form = Form(type, ("data[email]", " api@mailchimp.com "), ("data[merges][EMAIL]", "api@mailchimp.com"), ("data[reason]", "manual"), ("data[campaign_id]", "cb398d21d2"));

        // Act
        var read = WebhookPayloadReader.Read(form);

        // Assert
        Assert.Equal(expected, read.Type);
        Assert.Equal("a6b5da1054", read.AudienceId);
        Assert.Equal(new DateTimeOffset(2009, 3, 26, 21, 35, 57, TimeSpan.Zero), read.FiredAt);
        Assert.Equal("api@mailchimp.com", read.Email);
        Assert.Equal("manual", read.Reason);
        Assert.Equal("cb398d21d2", read.CampaignId);
    }

    [Fact]
    public void Read_Upemail_ReadsNewAndOldAddress()
    {
        // Arrange
        var form = Form("upemail", ("data[new_id]", "51aa6c8a3f"), ("data[new_email]", "api+new@mailchimp.com"), ("data[old_email]", "api+old@mailchimp.com"));

        // Act
        var read = WebhookPayloadReader.Read(form);

        // Assert
        Assert.Equal(WebhookEventType.EmailChanged, read.Type);
        Assert.Equal("api+new@mailchimp.com", read.Email);
        Assert.Equal("api+old@mailchimp.com", read.OldEmail);
    }

    [Fact]
    public void Read_Campaign_ReadsTheCampaignIdAndNoAddress()
    {
        // Arrange
        var form = Form("campaign", ("data[id]", "5aa2102003"), ("data[subject]", "Test Campaign Subject"), ("data[status]", "sent"), ("data[reason]", string.Empty));

        // Act
        var read = WebhookPayloadReader.Read(form);

        // Assert
        Assert.Equal(WebhookEventType.Campaign, read.Type);
        Assert.Equal("5aa2102003", read.CampaignId);
        Assert.Null(read.Email);
        Assert.Null(read.Reason);
    }

    [Theory]
    [InlineData("type")]
    [InlineData("fired_at")]
    [InlineData("data[list_id]")]
    [InlineData("data[email]")]
    public void Read_MissingKey_ThrowsNamingTheKey(string key)
    {
        // Arrange
        var form = Form("unsubscribe", ("data[email]", "api@mailchimp.com"));
        form.Remove(key);

        // Act
        var error = Assert.Throws<WebhookPayloadException>(() => WebhookPayloadReader.Read(form));

        // Assert
        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownTypeOrTime_ThrowsWithoutQuotingAnAddress()
    {
        // Arrange
        var unknown = Form("forgotten", ("data[email]", "api@mailchimp.com"));
        var badTime = Form("unsubscribe", ("data[email]", "api@mailchimp.com"));
        badTime["fired_at"] = "2009-03-26T21:35:57Z";

        // Act
        var typeError = Assert.Throws<WebhookPayloadException>(() => WebhookPayloadReader.Read(unknown));
        var timeError = Assert.Throws<WebhookPayloadException>(() => WebhookPayloadReader.Read(badTime));

        // Assert
        Assert.Contains("forgotten", typeError.Message, StringComparison.Ordinal);
        Assert.Contains("fired_at", timeError.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("api@mailchimp.com", typeError.Message + timeError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NamesTypeAudienceAndTimeButNotTheAddress()
    {
        // Arrange
        var read = WebhookPayloadReader.Read(Form("unsubscribe", ("data[email]", "api@mailchimp.com")));

        // Act
        var text = read.ToString();

        // Assert
        Assert.Equal("Unsubscribe in audience a6b5da1054 fired 2009-03-26 21:35:57Z", text);
    }
}
