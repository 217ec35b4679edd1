namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>A campaign of the pull kill test: every recipient opened and clicked it, events one second apart ending at <see cref="EngagedAt"/>.</summary>
/// <param name="Id">The Mailchimp campaign id.</param>
/// <param name="SentAt">When it was sent.</param>
/// <param name="Recipients">The recipients' addresses.</param>
/// <param name="Opens">Opens per recipient.</param>
/// <param name="Clicks">Clicks per recipient, after the opens.</param>
/// <param name="EngagedAt">The time of each recipient's last event.</param>
internal sealed record PullScenarioCampaign(string Id, DateTimeOffset SentAt, IReadOnlyList<string> Recipients, int Opens, int Clicks, DateTimeOffset EngagedAt);
