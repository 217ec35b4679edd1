using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Webhooks;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Webhooks;

/// <summary>
/// The form posted for each event type, key for key, per Mailchimp's "Synchronize Audience Data with Webhooks" guide
/// (https://mailchimp.com/developer/marketing/guides/sync-audience-data-webhooks/) and the sample payloads of Mailchimp's
/// older webhook page as quoted by receivers (gist ntcho/44de57737ab5407240ebde465f99ad0c; gist
/// strangeways/96b26ee7e61b9800e264b16688cce038 recorded with RequestBin: User-Agent, data[web_id], the campaign fields).
/// </summary>
public sealed class WebhookPayloadsTests
{
    private const string Ada = "ada@brightfield-labs.com";

    private static readonly string[] MemberKeys = ["data[id]", "data[email]", "data[email_type]", "data[ip_opt]"];

    private static readonly string[] MergeKeys = ["data[merges][EMAIL]", "data[merges][FNAME]", "data[merges][LNAME]", "data[merges][ADDRESS]", "data[merges][PHONE]"];

    private static async Task<(TestSandbox Sut, WebhookReceiver Receiver)> CreateSut()
    {
        var sut = await TestSandbox.StartAsync();
        var receiver = await WebhookReceiver.StartAsync(sut.Ct);
        await sut.AddMemberAsync(Ada, mergeFields: new { FNAME = "Ada", LNAME = "Lovelace" });
        await sut.RegisterAsync(receiver);
        return (sut, receiver);
    }

    private static async Task<WebhookDelivery> SingleDeliveryAsync(TestSandbox sut)
    {
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        return Assert.Single(sut.Sandbox.Webhooks.Deliveries);
    }

    [Fact(DisplayName = "SubscribeControl_NewContact_PostsSubscribeForm (guide: subscribe event; keys as in the documented sample)")]
    public async Task SubscribeControl_NewContact_PostsSubscribeForm()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        sut.Sandbox.Controls.SubscribeAsContact(TestSandbox.ListId, "grace@brightfield-labs.com");
        var delivery = await SingleDeliveryAsync(sut);

        // Assert
        Assert.Equal(["type", "fired_at", .. MemberKeys, "data[ip_signup]", "data[web_id]", "data[list_id]", .. MergeKeys], delivery.Form.Select(p => p.Key));
        Assert.Equal("subscribe", delivery.Field("type"));
        Assert.Equal("2026-01-15 09:00:00", delivery.Field("fired_at"));
        Assert.Equal("grace@brightfield-labs.com", delivery.Field("data[merges][EMAIL]"));
        Assert.Equal(TestSandbox.ListId, delivery.Field("data[list_id]"));
    }

    [Fact(DisplayName = "UnsubscribeControl_AfterCampaign_PostsUnsubWithManualReasonAndCampaignId (guide: unsubscribe event, data[action]=unsub, data[reason]=manual)")]
    public async Task UnsubscribeControl_AfterCampaign_PostsUnsubWithManualReasonAndCampaignId()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        var campaignId = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Act
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        var delivery = sut.Sandbox.Webhooks.Deliveries[^1];

        // Assert
        Assert.Equal(["type", "fired_at", "data[action]", "data[reason]", .. MemberKeys, "data[web_id]", "data[list_id]", "data[campaign_id]", .. MergeKeys], delivery.Form.Select(p => p.Key));
        Assert.Equal("unsubscribe", delivery.Field("type"));
        Assert.Equal("unsub", delivery.Field("data[action]"));
        Assert.Equal("manual", delivery.Field("data[reason]"));
        Assert.Equal(campaignId, delivery.Field("data[campaign_id]"));
        Assert.Equal("Ada", delivery.Field("data[merges][FNAME]"));
    }

    [Fact(DisplayName = "BounceControl_Hard_PostsCleanedWithHardReason (guide: cleaned event, data[reason]=hard, data[campaign_id])")]
    public async Task BounceControl_Hard_PostsCleanedWithHardReason()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        var campaignId = sut.Sandbox.Controls.SendCampaign(TestSandbox.ListId, "News");
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Act
        sut.Sandbox.Controls.Bounce(TestSandbox.ListId, Ada);
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);
        var delivery = sut.Sandbox.Webhooks.Deliveries[^1];

        // Assert
        Assert.Equal(["type", "fired_at", "data[list_id]", "data[campaign_id]", "data[reason]", "data[email]"], delivery.Form.Select(p => p.Key));
        Assert.Equal("cleaned", delivery.Field("type"));
        Assert.Equal("hard", delivery.Field("data[reason]"));
        Assert.Equal(campaignId, delivery.Field("data[campaign_id]"));
        Assert.Equal(Ada, delivery.Field("data[email]"));
    }

    [Fact(DisplayName = "BounceControl_Soft_PostsNothing (guide: cleaned is for addresses cleaned from the list; a soft bounce cleans nothing)")]
    public async Task BounceControl_Soft_PostsNothing()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        sut.Sandbox.Controls.Bounce(TestSandbox.ListId, Ada, hard: false);
        sut.Sandbox.Controls.UpdateProfile(TestSandbox.ListId, Ada, new JsonObject { ["LNAME"] = "King" });
        var delivery = await SingleDeliveryAsync(sut);

        // Assert
        Assert.Equal("profile", delivery.Type);
    }

    [Fact(DisplayName = "ProfileControl_NewLastName_PostsProfileWithMerges (guide: profile event)")]
    public async Task ProfileControl_NewLastName_PostsProfileWithMerges()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        var (response, _) = await sut.SendAsync(HttpMethod.Post, "members/profile", new { list_id = TestSandbox.ListId, email = Ada, merge_fields = new { LNAME = "King" } }, sut.Controls);
        var delivery = await SingleDeliveryAsync(sut);

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(["type", "fired_at", .. MemberKeys, "data[web_id]", "data[list_id]", .. MergeKeys], delivery.Form.Select(p => p.Key));
        Assert.Equal("profile", delivery.Field("type"));
        Assert.Equal("King", delivery.Field("data[merges][LNAME]"));
    }

    [Fact(DisplayName = "EmailControl_NewAddress_PostsUpemailWithNewIdNewAndOldEmail (guide: upemail event, data[new_id], data[new_email], data[old_email])")]
    public async Task EmailControl_NewAddress_PostsUpemailWithNewIdNewAndOldEmail()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        var (response, member) = await sut.SendAsync(HttpMethod.Post, "members/email", new { list_id = TestSandbox.ListId, email = Ada, new_email = "ada.king@brightfield-labs.com" }, sut.Controls);
        var delivery = await SingleDeliveryAsync(sut);

        // Assert
        Assert.True(response.IsSuccessStatusCode);
        Assert.Equal(["type", "fired_at", "data[list_id]", "data[new_id]", "data[new_email]", "data[old_email]"], delivery.Form.Select(p => p.Key));
        Assert.Equal("upemail", delivery.Field("type"));
        Assert.Equal(member!["unique_email_id"]!.GetValue<string>(), delivery.Field("data[new_id]"));
        Assert.Equal("ada.king@brightfield-labs.com", delivery.Field("data[new_email]"));
        Assert.Equal(Ada, delivery.Field("data[old_email]"));
    }

    [Fact(DisplayName = "CampaignSendControl_Sent_PostsCampaignWithIdSubjectStatusReasonList (guide: campaign event; fields recorded in gist strangeways/96b26ee7e61b9800e264b16688cce038)")]
    public async Task CampaignSendControl_Sent_PostsCampaignWithIdSubjectStatusReasonList()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;

        // Act
        var (_, campaign) = await sut.SendAsync(HttpMethod.Post, "campaigns/send", new { list_id = TestSandbox.ListId, subject = "Autumn news" }, sut.Controls);
        var delivery = await SingleDeliveryAsync(sut);

        // Assert
        Assert.Equal(["type", "fired_at", "data[id]", "data[subject]", "data[status]", "data[reason]", "data[list_id]"], delivery.Form.Select(p => p.Key));
        Assert.Equal(campaign!["id"]!.GetValue<string>(), delivery.Field("data[id]"));
        Assert.Equal("Autumn news", delivery.Field("data[subject]"));
        Assert.Equal("sent", delivery.Field("data[status]"));
    }

    [Fact(DisplayName = "Delivery_AnyEvent_PostsFormEncodedWithMailchimpUserAgentToTheRegisteredUrl (guide: HTTP POST; User-Agent 'MailChimp.com' recorded in gist strangeways/96b26ee7e61b9800e264b16688cce038)")]
    public async Task Delivery_AnyEvent_PostsFormEncodedWithMailchimpUserAgentToTheRegisteredUrl()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        sut.Time.Advance(TimeSpan.FromSeconds(61));

        // Act
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, Ada);
        await sut.Sandbox.Webhooks.WaitForIdleAsync(sut.Ct);

        // Assert
        var post = Assert.Single(receiver.Posts);
        Assert.Equal("MailChimp.com", post.UserAgent);
        Assert.StartsWith("application/x-www-form-urlencoded", post.ContentType);
        Assert.Equal("?secret=s3cret", post.Query);
        Assert.Equal("2026-01-15 09:01:01", post.Form["fired_at"]);
        Assert.Equal(Ada, post.Form["data[merges][EMAIL]"]);
    }
    [Fact(DisplayName = "ProfileControl_Address_PostsTheAddressParts (nested keys like data[merges][EMAIL]; the ADDRESS sample in gist ntcho/44de57737ab5407240ebde465f99ad0c)")]
    public async Task ProfileControl_Address_PostsTheAddressParts()
    {
        // Arrange
        var (sut, receiver) = await CreateSut();
        await using var _ = sut;
        await using var __ = receiver;
        var address = new JsonObject { ["addr1"] = "1 Main St", ["city"] = "Leeds", ["state"] = "WY", ["zip"] = "LS1 1AA" };

        // Act
        sut.Sandbox.Controls.UpdateProfile(TestSandbox.ListId, Ada, new JsonObject { ["ADDRESS"] = address });
        var delivery = await SingleDeliveryAsync(sut);

        // Assert
        Assert.Equal("1 Main St", delivery.Field("data[merges][ADDRESS][addr1]"));
        Assert.Equal("LS1 1AA", delivery.Field("data[merges][ADDRESS][zip]"));
        Assert.Null(delivery.Field("data[merges][ADDRESS]"));
    }
}
