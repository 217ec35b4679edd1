using System.Text.Json;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Status;

/// <summary>Runs <c>dmc</c> verbs that talk only to Dataverse against the sandbox, with the connection flags.</summary>
/// <param name="dataverse">The sandbox.</param>
/// <param name="time">The job's clock; the system clock when omitted.</param>
internal sealed class DataverseCli(DataverseSandbox dataverse, TimeProvider? time = null)
{
    /// <summary>A syntactically valid key: status and retry never call Mailchimp, but the settings are validated together.</summary>
    public const string MailchimpKey = "0123456789abcdef0123456789abcdef-us21";

    public string[] Flags(string? dataverseToken = null) =>
    [
        "--dataverse-url", dataverse.BaseAddress.ToString(), "--dataverse-token", dataverseToken ?? dataverse.Tokens.ConnectorToken,
        "--mailchimp-key", MailchimpKey, "--mailchimp-url", "http://127.0.0.1:9/3.0/",
    ];

    public CommandContext Context(string? workingDirectory = null) =>
        new(workingDirectory ?? Directory.GetCurrentDirectory(), logging => logging.SetMinimumLevel(LogLevel.None)) { Time = time ?? TimeProvider.System };

    /// <summary>Runs <paramref name="args"/> with the flags; returns the exit code and the text printed.</summary>
    public async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        var (console, output) = TestConsole.Create();
        var exit = await DmcCli.RunAsync(console, [.. args, .. Flags()], Context());
        return (exit, output.ToString());
    }

    /// <summary>Runs <paramref name="args"/> with <c>--json</c> and the flags; returns the exit code and the object printed.</summary>
    public async Task<(int Exit, JsonElement Json)> RunJsonAsync(params string[] args)
    {
        var (exit, output) = await RunAsync([.. args, "--json"]);
        using var json = JsonDocument.Parse(output);
        return (exit, json.RootElement.Clone());
    }
}
