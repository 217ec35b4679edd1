namespace Dynamics.Mailchimp.MailchimpApi.Models.Tags;

/// <summary>Whether an address was to get or lose the tag.</summary>
public enum TagAction
{
    /// <summary>Add the tag.</summary>
    Add,

    /// <summary>Remove the tag.</summary>
    Remove,
}
