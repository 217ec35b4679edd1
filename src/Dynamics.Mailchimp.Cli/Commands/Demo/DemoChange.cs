namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>One CRM change the demo made over the Web API, and what the plug-ins queued for it.</summary>
/// <param name="What">The change, as a user would say it.</param>
/// <param name="Records">Records it touched.</param>
/// <param name="RowsQueued">Queue rows the plug-ins wrote.</param>
public sealed record DemoChange(string What, int Records, int RowsQueued);
