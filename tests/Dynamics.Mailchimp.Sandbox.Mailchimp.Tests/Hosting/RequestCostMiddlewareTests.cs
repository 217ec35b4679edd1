using System.Text;
using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Hosting;

public sealed class RequestCostMiddlewareTests
{
    private static (RequestDelegate Pipeline, List<string> HandlerBodies) CreateSut(InjectedLatency latency, bool chargeEarly)
    {
        var handlerBodies = new List<string>();
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        if (chargeEarly)
        {
            app.UseRequestCost(latency);
        }

        app.UseInjectedLatency(latency, new RequestGate());
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            handlerBodies.Add(await reader.ReadToEndAsync());
        });
        return (app.Build(), handlerBodies);
    }

    private static DefaultHttpContext Request(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext();
        context.Request.Path = "/3.0/lists/a1";
        context.Request.Body = new MemoryStream(bytes);
        context.Request.ContentLength = bytes.Length;
        return context;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Pipeline_CostSet_ChargedExactlyOnceAndTheHandlerReadsTheBody(bool chargeEarly)
    {
        // Arrange
        var cost = new RecordingCost(TimeSpan.Zero);
        var latency = new InjectedLatency { Cost = cost };
        var (sut, handlerBodies) = CreateSut(latency, chargeEarly);

        // Act
        await sut(Request("""{"members":[]}"""));

        // Assert
        Assert.Equal([("/3.0/lists/a1", """{"members":[]}""")], cost.Entered);
        Assert.Equal(1, cost.Left);
        Assert.Equal(0, cost.Inside);
        Assert.Equal(["""{"members":[]}"""], handlerBodies);
    }

    [Fact]
    public async Task Pipeline_HandlerThrows_CostStillToldTheRequestLeft()
    {
        // Arrange
        var cost = new RecordingCost(TimeSpan.Zero);
        var latency = new InjectedLatency { Cost = cost };
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        app.UseInjectedLatency(latency, new RequestGate());
        app.Run(_ => throw new InvalidOperationException("handler failed"));
        var sut = app.Build();

        // Act
        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() => sut(Request("{}")));

        // Assert
        Assert.Equal("handler failed", thrown.Message);
        Assert.Equal(1, cost.Left);
        Assert.Equal(0, cost.Inside);
    }

    [Fact]
    public async Task Pipeline_NoCost_HandlerReadsTheOriginalBody()
    {
        // Arrange
        var latency = new InjectedLatency();
        var (sut, handlerBodies) = CreateSut(latency, chargeEarly: true);

        // Act
        await sut(Request("{}"));

        // Assert
        Assert.Equal(["{}"], handlerBodies);
    }

    [Fact]
    public async Task Pipeline_Cost_HandledAtOnceAndTheAnswerLeavesWhenTheCostHasPassed()
    {
        // Arrange: a cost of one second; the clock only moves when the test moves it.
        var clock = new TimerWatchingClock();
        var delay = TimeSpan.FromSeconds(1);
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        app.UseRequestCost(new InjectedLatency { Cost = new RecordingCost(delay) }, clock);
        app.Run(async context =>
        {
            await context.Response.WriteAsync("answer");
            handled.SetResult();
        });
        var sut = app.Build();
        var context = Request("{}");
        var sent = new MemoryStream();
        context.Response.Body = sent;

        // Act
        var run = sut(context);
        await handled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await clock.WaitForTimerAsync(delay, CancellationToken.None);
        var sentBeforeTheCost = sent.Length;
        clock.Advance(delay);
        await run;

        // Assert: the work is done inside the modelled time; the answer is held until it has passed.
        Assert.Equal(0, sentBeforeTheCost);
        Assert.Equal("answer", Encoding.UTF8.GetString(sent.ToArray()));
        Assert.Same(sent, context.Response.Body);
    }

    [Fact]
    public async Task Pipeline_HandlingTakesLongerThanTheCost_AnswersWithoutWaitingMore()
    {
        // Arrange: the handler itself takes two seconds of a one-second cost.
        var clock = new TimerWatchingClock();
        var app = new ApplicationBuilder(new ServiceCollection().BuildServiceProvider());
        app.UseRequestCost(new InjectedLatency { Cost = new RecordingCost(TimeSpan.FromSeconds(1)) }, clock);
        app.Run(async context =>
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            await context.Response.WriteAsync("late");
        });
        var sut = app.Build();
        var context = Request("{}");
        var sent = new MemoryStream();
        context.Response.Body = sent;

        // Act
        await sut(context).WaitAsync(TimeSpan.FromSeconds(30));

        // Assert
        Assert.Equal("late", Encoding.UTF8.GetString(sent.ToArray()));
        Assert.Empty(clock.StartedTimers);
    }
}
