using System.Net;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Cli.Tests.Commands.Serve;
using Dynamics.Mailchimp.Cli.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// <c>dmc serve</c> stops cleanly on a real SIGTERM or SIGINT to the built program in a child process, also with a
/// delivery waiting: the delivery is answered (applied or refused for a resend), and the process exits 0 within seconds.
/// </summary>
[Trait("Category", "Resilience")]
public sealed partial class ServeSignalTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(PosixSignal.SIGTERM)]
    [InlineData(PosixSignal.SIGINT)]
    public async Task Serve_Signalled_AnswersTheDeliveryInFlightAndExitsZero(PosixSignal signal)
    {
        // Arrange: serve runs; a delivery is held at the Dataverse gate while the signal arrives.
        await using var serve = await ServeHarness.StartAsync();
        await using var child = DmcChildProcess.Start(["serve", "--urls", "http://127.0.0.1:0", "--settings", serve.SettingsFile, .. serve.Sandboxes.Flags()], new Dictionary<string, string>());
        var listening = await child.LineContainingAsync("listening on").WaitAsync(StartTimeout);
        var address = new Uri(Address().Match(listening).Value);
        var gate = serve.Sandboxes.Dataverse.Gate;
        gate.Close();
        using var http = new HttpClient();
        var url = Sync.Webhooks.WebhookPaths.For(address, ServeHarness.Audience, Sync.Webhooks.WebhookSecrets.For(ServeHarness.Key, ServeHarness.Audience));
        var delivery = http.PostAsync(url, new FormUrlEncodedContent(WebhookForms.Unsubscribe("yvonne.mckay@contoso-coffee.com")));
        await gate.WaitForHeldAsync(1, CancellationToken.None).WaitAsync(StartTimeout);

        // Act
        child.Signal(signal);
        gate.Open();
        var exit = await child.WaitForExitAsync(StopDeadline);

        // Assert
        Assert.True(exit is not null, $"still running {StopDeadline.TotalSeconds} s after {signal}:\n{child.Output}");
        Assert.Equal(ExitCodes.Success, exit);
        using var answer = await delivery;
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("deliveries in", child.Output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
