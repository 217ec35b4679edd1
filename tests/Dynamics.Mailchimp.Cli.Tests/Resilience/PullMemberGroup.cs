namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>What happens to a member in Mailchimp after the pull's checkpoint, in the pull kill test.</summary>
internal enum PullMemberGroup
{
    /// <summary>The person unsubscribes (from the footer of the latest campaign).</summary>
    Unsubscribed,

    /// <summary>The latest campaign hard-bounces: the address is cleaned.</summary>
    Cleaned,

    /// <summary>An admin archives the member in Mailchimp.</summary>
    Archived,

    /// <summary>The person, unsubscribed before the checkpoint (and so in the CRM), subscribes again.</summary>
    Resubscribed,

    /// <summary>Nothing: the member was last changed at the checkpoint's second, which the pull reads again.</summary>
    Unchanged,
}
