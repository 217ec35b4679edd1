using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Check;

/// <summary><c>dmc check</c> against both sandboxes over loopback HTTP, with the four connection flags.</summary>
public sealed class CheckCommandTests : IAsyncLifetime
{
    private const string WrongKey = "ffffffffffffffffffffffffffffffff-us21";
    private readonly FakeLogCollector _logs = new();
    private MailchimpSandbox _mailchimp = null!;
    private DataverseSandbox _dataverse = null!;

    public async Task InitializeAsync()
    {
        _mailchimp = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), CancellationToken.None);
        _dataverse = await DataverseSandbox.StartAsync(new DataverseSandboxOptions(), CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _dataverse.DisposeAsync();
        await _mailchimp.DisposeAsync();
    }

    [Fact]
    public async Task Check_BothServicesAnswer_ExitsZeroWithOneJsonObject()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await InvokeAsync(console, ["check", "--json", .. Flags(_mailchimp.ApiKey, _dataverse.Tokens.ConnectorToken)]);

        // Assert
        Assert.Equal(ExitCodes.Success, exit);
        using var json = JsonDocument.Parse(output.ToString());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(2, checks.Count);
        Assert.All(checks, c => Assert.True(c.GetProperty("passed").GetBoolean(), c.ToString()));
        Assert.Contains(_dataverse.Tokens.ConnectorUserId.ToString(), output.ToString());
        var calls = json.RootElement.GetProperty("calls");
        Assert.Equal(_mailchimp.Requests.Count, calls.GetProperty("mailchimp").GetInt32());
        Assert.Equal(1, calls.GetProperty("mailchimp").GetInt32());
        Assert.Equal(1, calls.GetProperty("dataverse").GetInt32());
    }

    [Fact]
    public async Task Check_WrongMailchimpKey_ExitsThreeAndNeverPrintsOrLogsTheKey()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await InvokeAsync(console, ["check", .. Flags(WrongKey, _dataverse.Tokens.ConnectorToken)]);

        // Assert
        var text = output.ToString();
        Assert.Equal(ExitCodes.ServiceUnavailable, exit);
        Assert.Contains("refused the API key", text);
        AssertNoSecret(text, WrongKey, _dataverse.Tokens.ConnectorToken);
    }

    [Fact]
    public async Task Check_WrongDataverseToken_ExitsThreeAndNeverPrintsOrLogsTheToken()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        const string badToken = "not-a-token-the-sandbox-issued-4f1c";

        // Act
        var exit = await InvokeAsync(console, ["check", "--json", .. Flags(_mailchimp.ApiKey, badToken)]);

        // Assert
        Assert.Equal(ExitCodes.ServiceUnavailable, exit);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal(ExitCodes.ServiceUnavailable, json.RootElement.GetProperty("exitCode").GetInt32());
        AssertNoSecret(output.ToString(), badToken, _mailchimp.ApiKey);
    }

    [Fact]
    public async Task Check_DataverseUrlMissing_ExitsTwoNamingTheSettingWithoutCallingAnyService()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        var before = _mailchimp.Requests.Count;

        // Act
        var exit = await InvokeAsync(console, ["check", "--mailchimp-url", _mailchimp.BaseAddress.ToString(), "--mailchimp-key", _mailchimp.ApiKey, "--dataverse-token", "secret-token-value-91"]);

        // Assert
        var text = output.ToString();
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("Dataverse settings are not valid", text);
        Assert.Contains("EnvironmentUrl", text);
        Assert.Equal(before, _mailchimp.Requests.Count);
        AssertNoSecret(text, "secret-token-value-91", _mailchimp.ApiKey);
    }

    [Fact]
    public async Task Check_NamedSettingsFileMissing_ExitsTwo()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        var missing = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "dmc.settings.json");

        // Act
        var exit = await InvokeAsync(console, ["check", "--settings", missing]);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("does not exist", output.ToString());
    }

    [Fact]
    public async Task Check_SettingsFile_IsReadAndFlagsWin()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        var folder = Directory.CreateTempSubdirectory("dmc-check-");
        var file = Path.Combine(folder.FullName, "dmc.settings.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
        {
            Mailchimp = new { ApiKey = WrongKey, BaseAddress = _mailchimp.BaseAddress },
            Dataverse = new { EnvironmentUrl = Environment(_dataverse), AuthType = "StaticToken", StaticToken = _dataverse.Tokens.ConnectorToken },
        }));

        // Act
        var fromFile = await InvokeAsync(console, ["check", "--settings", file]);
        var keyFromFlag = await InvokeAsync(console, ["check", "--settings", file, "--mailchimp-key", _mailchimp.ApiKey]);

        // Assert
        Assert.Equal(ExitCodes.ServiceUnavailable, fromFile);
        Assert.Equal(ExitCodes.Success, keyFromFlag);
        AssertNoSecret(output.ToString(), WrongKey, _dataverse.Tokens.ConnectorToken);
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Check_MailchimpUnreachable_ExitsThree()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        Uri closed;
        await using (var stopped = await MailchimpSandbox.StartAsync(new MailchimpSandboxOptions(), CancellationToken.None))
        {
            closed = stopped.BaseAddress;
        }

        // No retries, so the failure is reported at once (the job's default retries with backoff).
        var folder = Directory.CreateTempSubdirectory("dmc-check-");
        var file = Path.Combine(folder.FullName, "dmc.settings.json");
        await File.WriteAllTextAsync(file, """{"Mailchimp":{"MaxRetryAttempts":0},"Dataverse":{"MaxRetryAttempts":0}}""");

        // Act
        var exit = await InvokeAsync(console, ["check", "--settings", file, "--mailchimp-url", closed.ToString(), "--mailchimp-key", _mailchimp.ApiKey, "--dataverse-url", _dataverse.BaseAddress.ToString(), "--dataverse-token", _dataverse.Tokens.ConnectorToken]);

        // Assert
        Assert.Equal(ExitCodes.ServiceUnavailable, exit);
        Assert.Contains("could not be reached", output.ToString());
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Run_UnknownFlag_ExitsTwoWithUsageHint()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await InvokeAsync(console, ["check", "--no-such-flag"]);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("--no-such-flag", output.ToString());
    }

    [Fact]
    public async Task Check_MalformedMailchimpUrl_ExitsTwoNamingTheFlag()
    {
        // Arrange
        var (console, output) = TestConsole.Create();

        // Act
        var exit = await InvokeAsync(console, ["check", "--mailchimp-url", "not a url", "--mailchimp-key", _mailchimp.ApiKey]);

        // Assert
        Assert.Equal(ExitCodes.ConfigurationError, exit);
        Assert.Contains("--mailchimp-url must be an absolute URL", output.ToString());
    }

    private static string Environment(DataverseSandbox sandbox) => sandbox.BaseAddress.GetLeftPart(UriPartial.Authority);

    private string[] Flags(string mailchimpKey, string dataverseToken) =>
    [
        "--mailchimp-url", _mailchimp.BaseAddress.ToString(), "--mailchimp-key", mailchimpKey,
        "--dataverse-url", _dataverse.BaseAddress.ToString(), "--dataverse-token", dataverseToken,
    ];

    private Task<int> InvokeAsync(Spectre.Console.IAnsiConsole console, string[] args)
    {
        var context = new CommandContext(Directory.GetCurrentDirectory(), logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new FakeLoggerProvider(_logs)));
        return DmcCli.RunAsync(console, args, context);
    }

    private void AssertNoSecret(string output, params string[] secrets)
    {
        var logs = string.Join("\n", _logs.GetSnapshot().Select(r => r.Message + " " + string.Join(",", r.StructuredState ?? [])));
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }
    }
}
