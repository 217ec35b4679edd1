using System.Net;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Sandbox.Hosting.Faults;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Batches;

public sealed partial class BatchesHandlerTests
{
    [Fact(DisplayName = "Operations_InjectedFault_RecordedAsThatOperationsErrorAndTheBatchGoesOn (https://mailchimp.com/developer/marketing/guides/run-async-requests-batch-endpoint/)")]
    public async Task Operations_InjectedFault_RecordedAsThatOperationsErrorAndTheBatchGoesOn()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        sut.Sandbox.Controls.InjectFault(new FaultRule($"/3.0{Members}", 503, 1, null));

        // Act
        var finished = await FinishAsync(sut, gate, await SubmitAsync(sut, AddMember("qa@northwind-traders.com", "first"), AddMember("ra@northwind-traders.com", "second")));
        var results = await BatchResultsReader.DownloadAsync(new Uri(finished["response_body_url"]!.GetValue<string>()), sut.Ct);

        // Assert
        Assert.Equal(1, finished["errored_operations"]!.GetValue<int>());
        Assert.Equal([503, 200], results.Select(r => r["status_code"]!.GetValue<int>()));
    }

    [Fact(DisplayName = "Operations_GetOfACollectionWithoutCountBeyondOnePage_501ResultNamingIt (AE batches-api-openapi.yml: Mailchimp pages such GETs itself; not emulated)")]
    public async Task Operations_GetOfACollectionWithoutCountBeyondOnePage_501ResultNamingIt()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        await using var _ = sut;
        for (var i = 0; i < 11; i++)
        {
            await sut.AddMemberAsync($"member{i}@northwind-traders.com");
        }

        // Act
        var finished = await FinishAsync(sut, gate, await SubmitAsync(
            sut,
            new { method = "GET", path = Members, operation_id = "all" },
            new { method = "GET", path = Members, @params = new { count = 5, offset = 10 }, operation_id = "paged" }));
        var results = await BatchResultsReader.DownloadAsync(new Uri(finished["response_body_url"]!.GetValue<string>()), sut.Ct);

        // Assert
        var all = results.Single(r => r["operation_id"]!.GetValue<string>() == "all");
        Assert.Equal(501, all["status_code"]!.GetValue<int>());
        Assert.Contains($"GET {Members}", JsonNode.Parse(all["response"]!.GetValue<string>())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(200, results.Single(r => r["operation_id"]!.GetValue<string>() == "paged")["status_code"]!.GetValue<int>());
    }

    [Fact(DisplayName = "Dispose_WhileABatchIsHeld_TheBatchStopsInsteadOfHanging")]
    public async Task Dispose_WhileABatchIsHeld_TheBatchStopsInsteadOfHanging()
    {
        // Arrange
        var (sut, gate) = await CreateSut();
        gate.Hold();
        await SubmitAsync(sut, AddMember("sa@northwind-traders.com", "a"));
        await gate.WaitForHeldAsync(sut.Ct);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        // Act
        await sut.DisposeAsync();
        await gate.WaitForIdleAsync(timeout.Token);

        // Assert
        Assert.False(timeout.IsCancellationRequested);
    }
}
