using Dynamics.Mailchimp.Cli.Tests.Commands.Pull;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Solution.Settings;

namespace Dynamics.Mailchimp.Cli.Tests.Composition;

/// <summary>
/// The job reads the solution's environment variables from Dataverse at start-up, in one request, as the organization's
/// settings: the current value overrides the definition's default (Microsoft's EnvironmentVariableDefinition table
/// reference: defaultvalue is the "Default variable value to be used if no associated EnvironmentVariableValue entities
/// exist"), and the job's own settings override both. End to end over HTTP against both sandboxes.
/// </summary>
public sealed class JobStartTests : IAsyncLifetime
{
    private const string Email = "yvonne.mckay@contoso-coffee.com";
    private PullSandboxes _sandboxes = null!;

    public async Task InitializeAsync() => _sandboxes = await PullSandboxes.StartAsync();

    public async Task DisposeAsync() => await _sandboxes.DisposeAsync();

    [Fact]
    public async Task Sync_OrganizationSaysUnsubscribeKeepsLists_ContactStaysInTheList()
    {
        // Arrange: the admin gives dmc_UnsubscribeLeavesLists the current value "no" (its default is "yes").
        var yvonne = _sandboxes.Seed.ContactIds[0];
        EnvironmentVariableRows.SetCurrentValue(_sandboxes.Dataverse.Organization, "dmc_UnsubscribeLeavesLists", "no");
        Assert.Equal(ExitCodes.Success, (await _sandboxes.RunJsonAsync("sync")).Exit);
        await _sandboxes.SimulateAsync("unsubscribe", Email);

        // Act
        var (exit, json) = await _sandboxes.RunJsonAsync("sync");

        // Assert: opted out, but still a member of the list.
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(1, json.GetProperty("pulled").GetProperty("unsubscribed").GetInt32());
        Assert.Equal(0, json.GetProperty("pulled").GetProperty("listsLeft").GetInt32());
        Assert.True(_sandboxes.IsInList(_sandboxes.Seed.ListId, yvonne));
    }

    [Fact]
    public async Task Sync_JobSettingsDisagreeWithOrganization_JobSettingsWin()
    {
        // Arrange: Dataverse says keep lists; the job's settings file says leave them.
        var yvonne = _sandboxes.Seed.ContactIds[0];
        EnvironmentVariableRows.SetCurrentValue(_sandboxes.Dataverse.Organization, "dmc_UnsubscribeLeavesLists", "no");
        var settings = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(settings, """{ "Sync": { "Pull": { "UnsubscribeLeavesLists": true } } }""");
        try
        {
            Assert.Equal(ExitCodes.Success, (await _sandboxes.RunJsonAsync("sync", "--settings", settings)).Exit);
            await _sandboxes.SimulateAsync("unsubscribe", Email);

            // Act
            var (exit, json) = await _sandboxes.RunJsonAsync("sync", "--settings", settings);

            // Assert
            Assert.Equal(ExitCodes.Success, exit);
            Assert.Equal(1, json.GetProperty("pulled").GetProperty("listsLeft").GetInt32());
            Assert.False(_sandboxes.IsInList(_sandboxes.Seed.ListId, yvonne));
        }
        finally
        {
            File.Delete(settings);
        }
    }

    [Fact]
    public async Task Pull_EnvironmentVariableDoesNotParse_ExitsWithConfigurationErrorNamingIt()
    {
        // Arrange
        EnvironmentVariableRows.SetCurrentValue(_sandboxes.Dataverse.Organization, "dmc_ActivityRetentionDays", "ninety");

        // Act
        var (exit, json) = await _sandboxes.RunJsonAsync("pull");

        // Assert: nothing was pulled; the message names the variable, its value and the setting it feeds.
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        var message = json.GetProperty("message").GetString()!;
        Assert.Contains("dmc_ActivityRetentionDays", message, StringComparison.Ordinal);
        Assert.Contains("'ninety'", message, StringComparison.Ordinal);
        Assert.Contains("Sync:Activity:Retention", message, StringComparison.Ordinal);
        Assert.Empty(_sandboxes.Mailchimp.Requests);
    }

    [Fact]
    public async Task Pull_EnvironmentVariableOutOfRange_ConfigurationErrorSaysWhereTheValueCameFrom()
    {
        // Arrange: 5,000 days parses, but the job keeps at most 3,650.
        EnvironmentVariableRows.SetCurrentValue(_sandboxes.Dataverse.Organization, "dmc_ActivityRetentionDays", "5000");

        // Act
        var (exit, json) = await _sandboxes.RunJsonAsync("pull");

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        var message = json.GetProperty("message").GetString()!;
        Assert.Contains("Sync:Activity:Retention", message, StringComparison.Ordinal);
        Assert.Contains("Dataverse environment variable dmc_ActivityRetentionDays (current value '5000')", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Push_Start_ReadsTheEnvironmentVariablesInOneRequestBesideItsLeaseRowAndNeverReadsThatRowAgain()
    {
        // Arrange
        _sandboxes.Dataverse.ClearRequests();

        // Act
        var (exit, _) = await _sandboxes.RunJsonAsync("push");

        // Assert: the first two Dataverse requests are the one FetchXML query over the definitions and the read of the
        // push lease's row (LeaseLookAhead), in either order; taking the lease used that read.
        Assert.Equal(ExitCodes.Success, exit);
        var requests = _sandboxes.Dataverse.Requests;
        var reads = requests.Where(r => r.Path.Contains(EnvironmentVariableNames.DefinitionSet, StringComparison.Ordinal)).ToList();
        var read = Assert.Single(reads);
        Assert.Contains("fetchXml=", read.Path + read.Query, StringComparison.Ordinal);
        var leaseRead = Assert.Single(requests, IsPushLeaseRead);
        Assert.Equal([1L, 2L], new[] { read.Sequence, leaseRead.Sequence }.Order().Select(s => s - requests[0].Sequence + 1));
    }

    [Fact]
    public async Task Push_Start_AsksForItsLeaseRowBeforeTheEnvironmentVariablesAreAnswered()
    {
        // Arrange: every Dataverse request is held until the gate opens.
        _sandboxes.Dataverse.ClearRequests();
        _sandboxes.Dataverse.Gate.Close();

        // Act
        var push = _sandboxes.RunJsonAsync("push");
        var bothArrived = await WaitAsync(() => _sandboxes.Dataverse.Gate.HeldCount >= 2);
        var heldBeforeAnyAnswer = _sandboxes.Dataverse.Gate.HeldCount;
        _sandboxes.Dataverse.Gate.Open();
        var (exit, _) = await push;

        // Assert: with nothing answered, two requests were waiting: the environment variables' read and the lease row's.
        Assert.True(bothArrived, $"Only {heldBeforeAnyAnswer} request(s) arrived before the first answer.");
        Assert.Equal(ExitCodes.Success, exit);
        Assert.Single(_sandboxes.Dataverse.Requests, IsPushLeaseRead);
    }

    // Waits for a condition the job brings about; the bound only turns a missing request into a failed assertion.
    private static async Task<bool> WaitAsync(Func<bool> condition)
    {
        for (var i = 0; i < 2000 && !condition(); i++)
        {
            await Task.Delay(5);
        }

        return condition();
    }

    [Fact]
    public async Task Sync_Start_ReadsTheEnvironmentVariablesFirstAndThePushLeaseRowOnlyAfterThePull()
    {
        // Arrange
        _sandboxes.Dataverse.ClearRequests();

        // Act
        var (exit, _) = await _sandboxes.RunJsonAsync("sync");

        // Assert: sync pulls first, so its push lease's row is read when the push starts, not ahead.
        Assert.Equal(ExitCodes.Success, exit);
        var requests = _sandboxes.Dataverse.Requests;
        Assert.Contains(EnvironmentVariableNames.DefinitionSet, requests[0].Path, StringComparison.Ordinal);
        var leaseRead = Assert.Single(requests, IsPushLeaseRead);
        Assert.True(leaseRead.Sequence > requests[1].Sequence, $"The push lease's row was read as request {leaseRead.Sequence - requests[0].Sequence + 1}.");
    }

    private static bool IsPushLeaseRead(Sandbox.Hosting.Recording.RecordedRequest request) =>
        request.Method == "GET"
        && request.Path.EndsWith("dmc_syncstates", StringComparison.Ordinal)
        && Uri.UnescapeDataString(request.Query ?? string.Empty).Contains("'lease:push'", StringComparison.Ordinal);
}
