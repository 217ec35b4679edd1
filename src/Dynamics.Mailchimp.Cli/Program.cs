using Dynamics.Mailchimp.Cli;
using Dynamics.Mailchimp.Cli.Hosting;
using Spectre.Console;

// Signals are ours (ShutdownSignal), not System.CommandLine's: its handler does not see SIGINT in a background
// process and lets SIGTERM end the process before the verb has stopped.
using var shutdown = ShutdownSignal.Register();
return await DmcCli.RunAsync(AnsiConsole.Console, args, cancellationToken: shutdown.Token);
