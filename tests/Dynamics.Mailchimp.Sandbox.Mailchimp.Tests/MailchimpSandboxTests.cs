using System.ComponentModel.DataAnnotations;
using System.Net;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests;

public sealed class MailchimpSandboxTests
{
    private static Task<TestSandbox> CreateSut(Action<MailchimpSandboxOptions>? configure = null) => TestSandbox.StartAsync(configure);

    [Fact]
    public async Task StartAsync_Default_ListensOnLoopbackWithApiPrefix()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        var address = sut.Sandbox.BaseAddress;

        // Assert
        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        Assert.Equal("/3.0/", address.AbsolutePath);
        Assert.Matches("^[0-9a-f]{32}-[a-z]+[0-9]*$", sut.Sandbox.ApiKey);
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("0123456789abcdef0123456789abcdef")]
    public async Task StartAsync_InvalidApiKey_ThrowsValidationException(string apiKey)
    {
        // Arrange
        var options = new MailchimpSandboxOptions { ApiKey = apiKey };

        // Act
        var error = await Record.ExceptionAsync(() => MailchimpSandbox.StartAsync(options, CancellationToken.None));

        // Assert
        var validation = Assert.IsType<ValidationException>(error);
        Assert.DoesNotContain(apiKey, validation.Message);
    }

    [Fact]
    public async Task StartAsync_ZeroConcurrentConnections_ThrowsValidationException()
    {
        // Arrange
        var options = new MailchimpSandboxOptions { MaxConcurrentConnections = 0 };

        // Act
        var error = await Record.ExceptionAsync(() => MailchimpSandbox.StartAsync(options, CancellationToken.None));

        // Assert
        Assert.IsType<ValidationException>(error);
    }

    [Fact]
    public async Task Requests_AfterApiCall_RecordsMethodPathQueryBodyStatusAndRedactsAuthorization()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        await sut.PostAsync($"lists/{TestSandbox.ListId}/members?skip_merge_validation=true", new { email_address = "ada@brightfield-labs.com", status = "subscribed" });
        var recorded = Assert.Single(sut.Sandbox.Requests);

        // Assert
        Assert.Equal("POST", recorded.Method);
        Assert.Equal($"/3.0/lists/{TestSandbox.ListId}/members", recorded.Path);
        Assert.Equal("?skip_merge_validation=true", recorded.Query);
        Assert.Contains("ada@brightfield-labs.com", recorded.Body);
        Assert.Equal(200, recorded.StatusCode);
        Assert.Equal(HeaderRedaction.Redacted, recorded.Headers["Authorization"]);
        Assert.DoesNotContain(recorded.Headers.Values, v => v.Contains(sut.Sandbox.ApiKey, StringComparison.Ordinal));
        Assert.Equal(sut.Time.GetUtcNow(), recorded.Timestamp);
    }

    [Fact]
    public async Task Requests_ControlCalls_AreNotRecorded()
    {
        // Arrange
        await using var sut = await CreateSut();

        // Act
        await sut.Controls.PostAsync("reset", null, sut.Ct);
        await sut.GetAsync("ping");

        // Assert
        Assert.Equal("/3.0/ping", Assert.Single(sut.Sandbox.Requests).Path);
    }

    [Fact]
    public async Task Latency_Option_HoldsEachRequestForTheDelayAndZeroRemovesIt()
    {
        // Arrange
        var clock = new TimerWatchingClock();
        var latency = TimeSpan.FromSeconds(5);
        await using var sut = await CreateSut(o =>
        {
            o.Latency = latency;
            o.LatencyClock = clock;
        });

        // Act
        var delayed = sut.GetAsync("ping");
        await clock.WaitForTimerAsync(latency, sut.Ct);
        var completedBeforeTheDelay = delayed.IsCompleted;
        clock.Advance(latency);
        var (response, _) = await delayed;
        sut.Sandbox.Controls.Latency = TimeSpan.Zero;
        var (undelayed, _) = await sut.GetAsync("ping");

        // Assert
        Assert.False(completedBeforeTheDelay);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, undelayed.StatusCode);
        Assert.Equal([latency], clock.StartedTimers);
    }
}
