using Dynamics.Mailchimp.Benchmarks.Webhooks;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Webhooks;

public sealed class WebhookBenchmarkTests
{
    [Fact]
    public async Task RunAsync_SmallAudience_EveryDeliveryAnsweredAndEveryContactOptedOut()
    {
        // Act: 20 latency samples through the sandbox's delivery, then the rest posted as load.
        var exit = await WebhookBenchmark.RunAsync(["--webhooks", "30"], CancellationToken.None);

        // Assert: 0 means nothing was lost (all 200, all contacts opted out) and the seeding push succeeded.
        Assert.Equal(0, exit);
    }
}
