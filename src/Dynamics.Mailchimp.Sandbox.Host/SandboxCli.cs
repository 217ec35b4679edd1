using System.CommandLine;
using Dynamics.Mailchimp.Sandbox.Host.Commands.Demo;
using Dynamics.Mailchimp.Sandbox.Host.Commands.Sandbox;
using Spectre.Console;

namespace Dynamics.Mailchimp.Sandbox.Host;

/// <summary>The root command and its verbs; Program.cs only wires it to the real console.</summary>
public static class SandboxCli
{
    /// <summary>The root command writing to <paramref name="console"/>.</summary>
    public static RootCommand CreateRoot(IAnsiConsole console) =>
        new("Dynamics.Mailchimp sandbox: local emulators and the demo.")
        {
            new DemoCommand(console).Create(),
            new SandboxCommand(console).Create(),
        };
}
