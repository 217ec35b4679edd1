namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>How big the demo's org is.</summary>
/// <param name="Contacts">Contacts (at least <see cref="MinimumContacts"/>).</param>
/// <param name="Leads">Leads (at least <see cref="MinimumLeads"/>).</param>
public sealed record DemoSize(int Contacts, int Leads)
{
    /// <summary>The fewest contacts the story's changes need.</summary>
    public const int MinimumContacts = 100;

    /// <summary>The fewest leads the story's changes need.</summary>
    public const int MinimumLeads = 20;
}
