using System.Net;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Interests;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Models.MergeFields;
using Dynamics.Mailchimp.MailchimpApi.Tests.Fakes;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Resilience;

/// <summary>Retries, Retry-After, retry safety and the connection cap of the pipeline built by AddMailchimpClient.</summary>
public sealed partial class MailchimpResiliencePipelineTests : IDisposable
{
    private readonly List<ServiceProvider> providers = [];

    public void Dispose()
    {
        foreach (var provider in providers)
        {
            provider.Dispose();
        }
    }

    private (IMailchimpClient Client, ServiceProvider Provider) CreateSut(
        RecordingHandler handler,
        Action<MailchimpClientOptions>? configure = null,
        TimeProvider? timeProvider = null)
    {
        var provider = TestClientFactory.CreateProvider(handler, configure, timeProvider);
        providers.Add(provider);
        return (TestClientFactory.CreateClient(provider), provider);
    }

    private static HttpResponseMessage Ok() => Responses.Json("""{"health_status":"ok"}""");

    [Fact(DisplayName = "PingAsync_429WithRetryAfter_RetriesAfterTheAnnouncedDelayAndNotBefore (mailchimp.com/developer/marketing/docs/fundamentals/)")]
    public async Task PingAsync_429WithRetryAfter_RetriesAfterTheAnnouncedDelayAndNotBefore()
    {
        // Arrange
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var time = new TimerWatchingClock();
        var retryAfter = TimeSpan.FromSeconds(7);
        var handler = new RecordingHandler((_, index) => index == 0 ? Responses.Bare(HttpStatusCode.TooManyRequests, retryAfter) : Ok());
        var (sut, provider) = CreateSut(handler, options => options.RetryBaseDelay = TimeSpan.FromSeconds(1), time);

        // Act
        var call = sut.PingAsync(CancellationToken.None);
        await time.WaitForTimerAsync(retryAfter, hangGuard.Token);
        time.Advance(retryAfter - TimeSpan.FromMilliseconds(1));
        var attemptsJustBeforeTheDelay = handler.Count;
        time.Advance(TimeSpan.FromMilliseconds(1));
        var ping = await call.WaitAsync(hangGuard.Token);

        // Assert
        Assert.Equal(1, attemptsJustBeforeTheDelay);
        Assert.Equal("ok", ping.HealthStatus);
        Assert.Equal(2, handler.Count);
        var retryLog = Assert.Single(TestClientFactory.Logs(provider).GetSnapshot(), record => record.Id.Id == 1100);
        Assert.Contains("status 429", retryLog.Message, StringComparison.Ordinal);
        Assert.Contains("in 00:00:07", retryLog.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.Forbidden)]
    public async Task PingAsync_TransientFailures_RetriedUntilSuccess(HttpStatusCode status)
    {
        // Arrange
        var handler = new RecordingHandler((_, index) => index < 2 ? Responses.Bare(status) : Ok());
        var (sut, _) = CreateSut(handler);

        // Act
        await sut.PingAsync(CancellationToken.None);

        // Assert
        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task PingAsync_Persistent429_GivesUpAfterMaxRetries()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Bare(HttpStatusCode.TooManyRequests));
        var (sut, _) = CreateSut(handler, options => options.MaxRetryAttempts = 3);

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpApiException>(() => sut.PingAsync(CancellationToken.None));

        // Assert
        Assert.Equal(HttpStatusCode.TooManyRequests, exception.StatusCode);
        Assert.Equal(4, handler.Count);
    }

    [Fact]
    public async Task GetMemberAsync_ForbiddenWithProblemDocument_NotRetried()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Problem(HttpStatusCode.Forbidden, "Forbidden", "You don't have permission."));
        var (sut, _) = CreateSut(handler);

        // Act
        await Assert.ThrowsAsync<MailchimpApiException>(() => sut.GetMemberAsync("L1", "a@brightfield-labs.com", CancellationToken.None));

        // Assert
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task PingAsync_AttemptTimesOut_RetriedThenSucceeds()
    {
        // Arrange
        var handler = new RecordingHandler(async (_, index, token) =>
        {
            if (index == 0)
            {
                await Task.Delay(Timeout.Infinite, token);
            }

            return Ok();
        });
        var (sut, _) = CreateSut(handler, options => options.Timeout = TimeSpan.FromMilliseconds(200));

        // Act
        await sut.PingAsync(CancellationToken.None);

        // Assert
        Assert.Equal(2, handler.Count);
    }

    [Fact]
    public async Task GetMemberAsync_EveryAttemptTimesOut_ThrowsTimeoutNamingTheResource()
    {
        // Arrange
        var handler = new RecordingHandler(async (_, _, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return Ok();
        });
        var (sut, _) = CreateSut(handler, options =>
        {
            options.Timeout = TimeSpan.FromMilliseconds(100);
            options.MaxRetryAttempts = 1;
        });

        // Act
        var exception = await Assert.ThrowsAsync<MailchimpTimeoutException>(
            () => sut.GetMemberAsync("L1", "a@brightfield-labs.com", CancellationToken.None));

        // Assert
        Assert.Equal(2, handler.Count);
        Assert.Contains("GET /3.0/lists/L1/members/", exception.Message, StringComparison.Ordinal);
        Assert.Equal("GET", exception.Method);
    }

    [Fact]
    public async Task CreateMergeFieldAsync_503_NotRetriedBecausePostCreates()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Bare(HttpStatusCode.ServiceUnavailable));
        var (sut, _) = CreateSut(handler);

        // Act
        await Assert.ThrowsAsync<MailchimpApiException>(
            () => sut.CreateMergeFieldAsync("L1", new MergeFieldDefinition { Tag = "X", Name = "X" }, CancellationToken.None));

        // Assert
        Assert.Equal(1, handler.Count);
    }

    [Fact]
    public async Task CreateAndDeletePermanentlyAsync_429_NeverRetried()
    {
        // Arrange
        var handler = new RecordingHandler((_, _) => Responses.Bare(HttpStatusCode.TooManyRequests));
        var (sut, _) = CreateSut(handler);

        // Act
        await Assert.ThrowsAsync<MailchimpApiException>(() => sut.CreateInterestCategoryAsync("L1", new InterestCategoryDefinition { Title = "T" }, CancellationToken.None));
        await Assert.ThrowsAsync<MailchimpApiException>(() => sut.CreateInterestAsync("L1", "c", new InterestDefinition { Name = "N" }, CancellationToken.None));
        await Assert.ThrowsAsync<MailchimpApiException>(() => sut.DeleteMemberPermanentlyAsync("L1", "a@brightfield-labs.com", CancellationToken.None));

        // Assert
        Assert.Equal(3, handler.Count);
    }

    [Fact]
    public async Task BatchSubscribeAsync_503Then200_RetriedBecauseUpsert()
    {
        // Arrange
        var handler = new RecordingHandler((_, index) => index == 0
            ? Responses.Bare(HttpStatusCode.ServiceUnavailable)
            : Responses.Json("""{"new_members":[],"updated_members":[],"errors":[],"total_created":0,"total_updated":0,"error_count":0}"""));
        var (sut, _) = CreateSut(handler);

        // Act
        await sut.BatchSubscribeAsync("L1", [new MemberUpsert { EmailAddress = "a@brightfield-labs.com" }], true, CancellationToken.None);

        // Assert
        Assert.Equal(2, handler.Count);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
    }

    [Fact]
    public async Task UpsertMemberAsync_500Then200_PutRetriedWithSameBody()
    {
        // Arrange
        var handler = new RecordingHandler((_, index) => index == 0
            ? Responses.Bare(HttpStatusCode.InternalServerError)
            : Responses.Json("""{"id":"x","email_address":"a@brightfield-labs.com"}"""));
        var (sut, _) = CreateSut(handler);

        // Act
        await sut.UpsertMemberAsync("L1", new MemberUpsert { EmailAddress = "a@brightfield-labs.com" }, CancellationToken.None);

        // Assert
        Assert.Equal(2, handler.Count);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
    }
}
