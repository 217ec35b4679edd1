namespace Dynamics.Mailchimp.Sync.Decide;

/// <summary>A member leaving the audience: archived or unsubscribed, and why.</summary>
/// <param name="Kind">Archive or unsubscribe.</param>
/// <param name="Email">The address Mailchimp knows the member by.</param>
/// <param name="Reason">Why, naming the records (for the summary and the rows).</param>
public sealed record Removal(RemovalKind Kind, string Email, string Reason);
