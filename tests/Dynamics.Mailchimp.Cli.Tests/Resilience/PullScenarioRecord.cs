namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>A contact of the pull kill test and what happens to its address in Mailchimp.</summary>
/// <param name="Id">The contact.</param>
/// <param name="Email">Its address.</param>
/// <param name="Group">What happens to the member in Mailchimp.</param>
/// <param name="Twin">Whether it is the second contact sharing the address: never synced, in no list, no stored status.</param>
/// <param name="ChangedAt">The member's <c>last_changed</c> once the scenario is set (the checkpoint's second for <see cref="PullMemberGroup.Unchanged"/>).</param>
internal sealed record PullScenarioRecord(Guid Id, string Email, PullMemberGroup Group, bool Twin, DateTimeOffset ChangedAt);
