namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>The Mailchimp audience at one moment of the demo.</summary>
/// <param name="Statuses">Members by status (subscribed, unsubscribed, archived, …).</param>
/// <param name="Tagged">Members carrying the leads' tag.</param>
/// <param name="InInterest">Members with the product-updates interest on.</param>
public sealed record AudienceSnapshot(IReadOnlyDictionary<string, int> Statuses, int Tagged, int InInterest)
{
    /// <summary>Gets the members in any status.</summary>
    public int Total => Statuses.Values.Sum();

    /// <summary>Members in <paramref name="status"/>.</summary>
    public int this[string status] => Statuses.GetValueOrDefault(status);
}
