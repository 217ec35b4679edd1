using Dynamics.Mailchimp.Sandbox.Host;
using Spectre.Console;

return await SandboxCli.CreateRoot(AnsiConsole.Console).Parse(args).InvokeAsync();
