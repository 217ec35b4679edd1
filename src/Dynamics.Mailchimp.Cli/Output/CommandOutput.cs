using System.Text.Json;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Cli.Configuration;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Output;

/// <summary>
/// Where a verb writes: text through Spectre.Console, or with <c>--json</c> exactly one JSON object on standard output
/// (errors included), so a scheduler can parse it.
/// </summary>
/// <param name="console">The console.</param>
/// <param name="json">Whether <c>--json</c> was given.</param>
public sealed class CommandOutput(IAnsiConsole console, bool json)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Gets the console.</summary>
    public IAnsiConsole Console => console;

    /// <summary>Gets a value indicating whether the output is one JSON object.</summary>
    public bool Json => json;

    /// <summary>Writes one JSON object as one line.</summary>
    /// <param name="value">The object (see <see cref="JsonFields"/>).</param>
    public void WriteJson(JsonNode value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var writer = console.Profile.Out.Writer;
        writer.WriteLine(value.ToJsonString(JsonOptions));
        writer.Flush();
    }

    /// <summary>Reports a configuration error and returns <see cref="ExitCodes.ConfigurationError"/>.</summary>
    /// <param name="error">The error; its message names the setting and never holds a secret.</param>
    /// <returns>The exit code.</returns>
    public int ConfigurationError(DmcConfigurationException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (json)
        {
            WriteJson(new JsonObject { ["error"] = "configuration", ["message"] = error.Message, ["exitCode"] = ExitCodes.ConfigurationError });
        }
        else
        {
            console.MarkupLine("[red]Configuration error:[/] " + Markup.Escape(error.Message));
        }

        return ExitCodes.ConfigurationError;
    }

    /// <summary>Reports a service that failed the run and returns <see cref="ExitCodes.ServiceUnavailable"/>.</summary>
    /// <param name="failure">What failed and what to check; never a secret.</param>
    /// <param name="calls">The calls made before it failed.</param>
    /// <returns>The exit code.</returns>
    public int ServiceError(string failure, CallCounter calls)
    {
        ArgumentNullException.ThrowIfNull(calls);
        if (json)
        {
            WriteJson(new JsonObject { ["error"] = "service", ["message"] = failure, ["calls"] = JsonFields.Calls(calls), ["exitCode"] = ExitCodes.ServiceUnavailable });
        }
        else
        {
            console.MarkupLine("[red]Service error:[/] " + Markup.Escape(failure));
        }

        return ExitCodes.ServiceUnavailable;
    }
}
