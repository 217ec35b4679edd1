using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Solution.Security;
using Spectre.Console;

namespace Dynamics.Mailchimp.Cli.Commands.Sandbox;

/// <summary>What the <c>sandbox</c> command prints: both base URLs, the credentials and a first request for each.</summary>
/// <remarks>These are the sandbox's own throw-away credentials, generated at start-up; nothing real is printed.</remarks>
public static class SandboxBanner
{
    /// <summary>The line that carries the Dataverse base URL (scripts and tests read it).</summary>
    public const string DataverseLabel = "Dataverse Web API:";

    /// <summary>The line that carries the Mailchimp base URL.</summary>
    public const string MailchimpLabel = "Mailchimp API:";

    /// <summary>Writes the banner.</summary>
    public static void Write(IAnsiConsole console, DataverseSandbox dataverse, MailchimpSandbox mailchimp, SeedResult seed)
    {
        var dv = dataverse.BaseAddress.ToString();
        var mc = mailchimp.BaseAddress.ToString();
        console.Write(new Rule("[bold]Dynamics.Mailchimp sandbox[/]").LeftJustified());

        // Raw lines, not markup: URLs, tokens and commands must never wrap, so they can be copied and parsed.
        var writer = console.Profile.Out.Writer;
        writer.WriteLine($"{DataverseLabel} {dv}");
        writer.WriteLine($"  admin token:     {dataverse.Tokens.AdminToken}");
        writer.WriteLine($"  connector token: {dataverse.Tokens.ConnectorToken}  (application user {dataverse.Tokens.ConnectorUserId}, role \"{SecurityRoleNames.SyncService}\")");
        writer.WriteLine($"  seeded: {seed.ContactIds.Count} contacts, {seed.LeadIds.Count} leads, 1 account, synced list {seed.ListId} → audience {seed.AudienceId}");
        foreach (var line in SandboxSolutionLines.For(dataverse.ImportedSolution))
        {
            writer.WriteLine(line);
        }

        writer.WriteLine($"{MailchimpLabel} {mc}");
        writer.WriteLine($"  API key:  {mailchimp.ApiKey}  (HTTP Basic, any user name)");
        writer.WriteLine($"  controls: {mailchimp.ControlsAddress}  (no key; see src/Dynamics.Mailchimp.Sandbox.Mailchimp/README.md)");
        writer.WriteLine();
        writer.WriteLine("Try:");
        writer.WriteLine($"  curl -H 'Authorization: Bearer {dataverse.Tokens.AdminToken}' '{dv}WhoAmI'");
        writer.WriteLine($"  curl -u 'any:{mailchimp.ApiKey}' '{mc}ping'");
        writer.WriteLine("Press Ctrl+C to stop.");
        writer.Flush();
    }
}
