using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Errors;

public sealed class MailchimpApiExceptionTests : IDisposable
{
    private ServiceProvider? provider;

    public void Dispose() => provider?.Dispose();

    private IMailchimpClient CreateSut(RecordingHandler handler, int retries = 0)
    {
        provider = TestClientFactory.CreateProvider(handler, options => options.MaxRetryAttempts = retries);
        return TestClientFactory.CreateClient(provider);
    }

    [Fact(DisplayName = "UpsertMemberAsync_ComplianceProblem_ThrowsTypedExceptionKeepingProblemFields (mailchimp.com/developer/marketing/docs/errors/)")]
    public async Task UpsertMemberAsync_ComplianceProblem_ThrowsTypedExceptionKeepingProblemFields()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Problem(
            HttpStatusCode.BadRequest,
            "Member In Compliance State",
            "a@brightfield-labs.com is in a compliance state due to unsubscribe, bounce, or compliance review and cannot be subscribed."));
        var sut = CreateSut(handler);

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(
            () => sut.UpsertMemberAsync("L1", new MemberUpsert { EmailAddress = "a@brightfield-labs.com", Status = MemberStatus.Subscribed }, CancellationToken.None));

        // Assert
        Assert.True(exception.HasTitle(MailchimpErrorTitles.MemberInComplianceState));
        Assert.True(exception.IsMemberInComplianceState);
        Assert.False(exception.IsForgottenEmail);
        Assert.False(exception.IsMemberExists);
        Assert.Equal(HttpStatusCode.BadRequest, exception.StatusCode);
        Assert.Equal("inst-123", exception.Instance);
        Assert.True(exception.HasProblemDocument);
        Assert.StartsWith("a@brightfield-labs.com is in a compliance state", exception.Detail, StringComparison.Ordinal);
        Assert.Contains("PUT /3.0/lists/L1/members/", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Member In Compliance State", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Forgotten Email Not Subscribed", false, true)]
    [InlineData("member exists", true, false)]
    public async Task UpsertMemberAsync_ExpectedTitles_ExposedAsFlags(string title, bool exists, bool forgotten)
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Problem(HttpStatusCode.BadRequest, title, "a@brightfield-labs.com cannot be written."));
        var sut = CreateSut(handler);

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(
            () => sut.UpsertMemberAsync("L1", new MemberUpsert { EmailAddress = "a@brightfield-labs.com" }, CancellationToken.None));

        // Assert
        Assert.Equal(exists, exception.IsMemberExists);
        Assert.Equal(forgotten, exception.IsForgottenEmail);
        Assert.False(exception.IsNotFound);
    }

    [Fact]
    public async Task UpsertMemberAsync_FieldErrors_AreKept()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Problem(
            HttpStatusCode.BadRequest, "Invalid Resource", "Your merge fields were invalid.", """[{"field":"FNAME","message":"Please enter a value"}]"""));
        var sut = CreateSut(handler);

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(
            () => sut.UpsertMemberAsync("L1", new MemberUpsert { EmailAddress = "a@brightfield-labs.com" }, CancellationToken.None));

        // Assert
        var error = Assert.Single(exception.Errors);
        Assert.Equal("FNAME", error.Field);
        Assert.Equal("Please enter a value", error.Message);
        Assert.Contains("[FNAME: Please enter a value]", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task PingAsync_BareThrottleWithoutBody_ThrowsClearError(HttpStatusCode status)
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Bare(status));
        var sut = CreateSut(handler);

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(() => sut.PingAsync(CancellationToken.None));

        // Assert
        Assert.Equal(status, exception.StatusCode);
        Assert.False(exception.HasProblemDocument);
        Assert.True(exception.IsThrottled);
        Assert.Contains("no problem document", exception.Message, StringComparison.Ordinal);
        Assert.Contains("10 connections", exception.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(exception.Title));
    }

    [Fact]
    public async Task PingAsync_HtmlErrorPage_ThrowsWithReasonPhraseTitle()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => new HttpResponseMessage(HttpStatusCode.BadGateway)
        {
            Content = new StringContent("<html>bad gateway</html>", System.Text.Encoding.UTF8, "text/html"),
        });
        var sut = CreateSut(handler);

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(() => sut.PingAsync(CancellationToken.None));

        // Assert
        Assert.Equal("Bad Gateway", exception.Title);
        Assert.False(exception.HasProblemDocument);
    }
}
