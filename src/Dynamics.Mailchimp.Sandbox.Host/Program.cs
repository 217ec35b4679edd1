using System.CommandLine;
using Dynamics.Mailchimp.Sandbox.Host;
using Dynamics.Mailchimp.Sandbox.Host.Hosting;
using Spectre.Console;

// Signals are ours (ShutdownSignal), not System.CommandLine's: its handler does not see SIGINT in a background
// process and lets SIGTERM end the process before the verb has stopped.
using var shutdown = ShutdownSignal.Register();
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await SandboxCli.CreateRoot(AnsiConsole.Console).Parse(args).InvokeAsync(invocation, shutdown.Token);
