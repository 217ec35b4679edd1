using Dynamics.Mailchimp.Sync.Webhooks;

namespace Dynamics.Mailchimp.Sync.Tests.Webhooks;

public sealed class WebhookInboxTests
{
    private static WebhookEvent Event(int i) => new(WebhookEventType.Unsubscribe, "a1b2c3d4e5", DateTimeOffset.UnixEpoch.AddSeconds(i), $"p{i}@contoso.com");

    [Fact]
    public async Task RunAsync_EventsWaitingWhileABatchIsApplied_AreAppliedTogetherUpToTheBatchSize()
    {
        // Arrange: the first batch is held at a gate while five more deliveries arrive.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var batches = new List<int>();
        var sut = new WebhookInbox(
            async (events, ct) =>
            {
                batches.Add(events.Count);
                started.TrySetResult();
                await gate.Task.WaitAsync(ct);
                return events.Select(e => new WebhookOutcome(e, WebhookOutcomeKind.Applied, 1)).ToArray();
            },
            batchSize: 3);
        var worker = sut.RunAsync(CancellationToken.None);
        var first = sut.SubmitAsync(Event(0), CancellationToken.None);
        await started.Task;
        var waiting = Enumerable.Range(1, 5).Select(i => sut.SubmitAsync(Event(i), CancellationToken.None)).ToArray();

        // Act
        gate.SetResult();
        var outcomes = await Task.WhenAll([first, .. waiting]);
        sut.Close();
        await worker;

        // Assert
        Assert.Equal([1, 3, 2], batches);
        Assert.All(outcomes, o => Assert.Equal(WebhookOutcomeKind.Applied, o.Kind));
        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"p{i}@contoso.com"), outcomes.Select(o => o.Event.Email));
        Assert.Equal(3, sut.Batches);
    }

    [Fact]
    public async Task RunAsync_ApplyThrows_EveryEventOfTheBatchFailsAndTheNextBatchRuns()
    {
        // Arrange
        var calls = 0;
        var sut = new WebhookInbox(
            (events, _) => ++calls == 1
                ? throw new InvalidOperationException("Dataverse answered 503")
                : Task.FromResult<IReadOnlyList<WebhookOutcome>>(events.Select(e => new WebhookOutcome(e, WebhookOutcomeKind.NoChange)).ToArray()),
            batchSize: 10);
        var worker = sut.RunAsync(CancellationToken.None);

        // Act
        var failed = await sut.SubmitAsync(Event(1), CancellationToken.None);
        var next = await sut.SubmitAsync(Event(2), CancellationToken.None);
        sut.Close();
        await worker;

        // Assert
        Assert.True(failed.ShouldRetry);
        Assert.Equal("Dataverse answered 503", failed.Error);
        Assert.Equal(WebhookOutcomeKind.NoChange, next.Kind);
    }

    [Fact]
    public async Task SubmitAsync_AfterClose_IsRefused_AndRunEndsOnceDrained()
    {
        // Arrange
        var sut = new WebhookInbox((events, _) => Task.FromResult<IReadOnlyList<WebhookOutcome>>(events.Select(e => new WebhookOutcome(e, WebhookOutcomeKind.Applied)).ToArray()), 5);
        var pending = sut.SubmitAsync(Event(1), CancellationToken.None);
        sut.Close();

        // Act
        await sut.RunAsync(CancellationToken.None);

        // Assert: the event submitted before closing was still applied.
        Assert.Equal(WebhookOutcomeKind.Applied, (await pending).Kind);
        Assert.Throws<InvalidOperationException>(() => { _ = sut.SubmitAsync(Event(2), CancellationToken.None); });
    }

    [Fact]
    public async Task RunAsync_Abandoned_WaitingDeliveriesAreCancelled()
    {
        // Arrange: the batch never finishes; the worker is abandoned.
        using var abandon = new CancellationTokenSource();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var sut = new WebhookInbox(
            async (events, ct) =>
            {
                started.TrySetResult();
                await Task.Delay(Timeout.InfiniteTimeSpan, ct);
                return [];
            },
            1);
        var worker = sut.RunAsync(abandon.Token);
        var held = sut.SubmitAsync(Event(1), CancellationToken.None);
        await started.Task;
        var queued = sut.SubmitAsync(Event(2), CancellationToken.None);

        // Act
        await abandon.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => worker);

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
    }
}
