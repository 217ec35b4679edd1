using System.CommandLine;
using Dynamics.Mailchimp.Sandbox.Host.Commands.Demo;
using Spectre.Console;

var console = AnsiConsole.Console;
var root = new RootCommand("Dynamics.Mailchimp sandbox: local emulators and the demo.")
{
    new DemoCommand(console).Create(),
};
return await root.Parse(args).InvokeAsync();
