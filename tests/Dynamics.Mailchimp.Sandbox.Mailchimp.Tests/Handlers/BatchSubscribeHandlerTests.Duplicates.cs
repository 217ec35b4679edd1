using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

/// <summary>An address twice in one batch. Page: https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/ (skip_duplicate_check: "the status of the first appearance in the request will be saved").</summary>
public sealed partial class BatchSubscribeHandlerTests
{
    private static readonly object[] TwiceInOneBatch =
    [
        new { email_address = "twice@brightfield-labs.com", status = "subscribed" },
        new { email_address = "TWICE@brightfield-labs.com", status = "unsubscribed" },
    ];

    [Fact(DisplayName = "Batch_AddressTwiceWithSkipDuplicateCheck_FirstAppearanceSavedOnce (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task Batch_AddressTwiceWithSkipDuplicateCheck_FirstAppearanceSavedOnce()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (response, body) = await sut.PostAsync($"{Batch}?skip_duplicate_check=true", new { members = TwiceInOneBatch, update_existing = true });
        var (_, read) = await sut.GetAsync($"{Batch}/members/twice@brightfield-labs.com");

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(body!["new_members"]!.AsArray());
        Assert.Empty(body["updated_members"]!.AsArray());
        Assert.Empty(body["errors"]!.AsArray());
        Assert.Equal("subscribed", read!["status"]!.GetValue<string>());
    }

    [Fact(DisplayName = "Batch_AddressTwiceWithoutSkipDuplicateCheck_SecondReportedAsErrorNeverAsUpdate (https://mailchimp.com/developer/marketing/api/lists/batch-subscribe-or-unsubscribe/)")]
    public async Task Batch_AddressTwiceWithoutSkipDuplicateCheck_SecondReportedAsErrorNeverAsUpdate()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var (_, body) = await sut.PostAsync(Batch, new { members = TwiceInOneBatch, update_existing = true });
        var (_, read) = await sut.GetAsync($"{Batch}/members/twice@brightfield-labs.com");

        // Assert
        Assert.Single(body!["new_members"]!.AsArray());
        Assert.Empty(body["updated_members"]!.AsArray());
        Assert.Equal("ERROR_GENERIC", Error(body, "TWICE@brightfield-labs.com")["error_code"]!.GetValue<string>());
        Assert.Equal("subscribed", read!["status"]!.GetValue<string>());
    }
}
