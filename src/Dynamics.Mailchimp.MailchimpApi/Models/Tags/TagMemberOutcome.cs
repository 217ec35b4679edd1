namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>What a bulk tag update did with one address.</summary>
public enum TagMemberOutcome
{
    /// <summary>The tag was added.</summary>
    Added,

    /// <summary>The tag was removed.</summary>
    Removed,

    /// <summary>Mailchimp reported an error for the address, or the chunk failed; see the error.</summary>
    Failed,

    /// <summary>Neither success nor error was reported: typically the address is not on the list, or already in that state.</summary>
    NotReported,
}
