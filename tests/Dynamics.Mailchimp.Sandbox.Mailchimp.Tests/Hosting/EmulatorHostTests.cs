using System.Net;
using Dynamics.Mailchimp.Sandbox.Hosting;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Hosting.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Hosting;

public sealed class EmulatorHostTests
{
    private static Task<EmulatorHost> CreateSut(RequestLog log) => EmulatorHost.StartAsync(null, app =>
    {
        app.UseRequestRecording(log, TimeProvider.System);
        app.UseRouting();
        app.MapGet("/hello", () => "hi");
        app.MapNotImplementedFallback();
    }, CancellationToken.None);

    [Fact]
    public async Task StartAsync_UnmatchedRoute_Returns501PlainTextNamingMethodAndPath()
    {
        // Arrange
        var log = new RequestLog();
        await using var sut = await CreateSut(log);
        using var client = new HttpClient { BaseAddress = sut.RootAddress };

        // Act
        var response = await client.PutAsync("api/data/v9.2/contacts", new StringContent("{}"));
        var text = await response.Content.ReadAsStringAsync();

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("PUT /api/data/v9.2/contacts is not implemented in the emulator.", text);
        Assert.Equal(501, Assert.Single(log.Snapshot()).StatusCode);
    }

    [Fact]
    public async Task StartAsync_TwoHosts_GetDifferentLoopbackPorts()
    {
        // Arrange
        var log = new RequestLog();
        await using var first = await CreateSut(log);
        await using var second = await CreateSut(log);

        // Act
        var ports = new[] { first.RootAddress.Port, second.RootAddress.Port };

        // Assert
        Assert.NotEqual(ports[0], ports[1]);
        Assert.Equal("127.0.0.1", first.RootAddress.Host);
    }

    [Fact]
    public async Task Recording_BearerAndCookie_AreRedacted()
    {
        // Arrange
        var log = new RequestLog();
        await using var sut = await CreateSut(log);
        using var client = new HttpClient { BaseAddress = sut.RootAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "hello");
        request.Headers.Add("Authorization", "Bearer secret-token-value");
        request.Headers.Add("Cookie", "session=secret-cookie");

        // Act
        await client.SendAsync(request);

        // Assert
        var recorded = Assert.Single(log.Snapshot());
        Assert.Equal(HeaderRedaction.Redacted, recorded.Headers["Authorization"]);
        Assert.Equal(HeaderRedaction.Redacted, recorded.Headers["Cookie"]);
        Assert.Equal(StatusCodes.Status200OK, recorded.StatusCode);
    }

    [Fact]
    public async Task Recording_ResponseSentBeforeHandlerEnds_IsLoggedBeforeTheClientSeesIt()
    {
        // Arrange: the handler flushes its answer, then waits on a gate, so the client holds the response while the
        // server's pipeline has not finished (the order in which a fast client can count requests).
        var log = new RequestLog();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var sut = await EmulatorHost.StartAsync(null, app =>
        {
            app.UseRequestRecording(log, TimeProvider.System);
            app.Run(async context =>
            {
                context.Response.StatusCode = StatusCodes.Status202Accepted;
                await context.Response.WriteAsync("sent", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await release.Task;
            });
        }, CancellationToken.None);
        using var client = new HttpClient { BaseAddress = sut.RootAddress };

        try
        {
            // Act
            using var response = await client.GetAsync("slow", HttpCompletionOption.ResponseHeadersRead);

            // Assert
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal(StatusCodes.Status202Accepted, Assert.Single(log.Snapshot()).StatusCode);
        }
        finally
        {
            release.SetResult();
        }

        Assert.Single(log.Snapshot());
    }
}
