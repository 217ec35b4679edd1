namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>How a list's two sides differ for one address.</summary>
public enum DriftKind
{
    /// <summary>The record should be on the Mailchimp side (member, tag or interest) and is not.</summary>
    CrmOnly,

    /// <summary>Mailchimp has the member (with the tag or interest) and no record that should be there holds it.</summary>
    MailchimpOnly,

    /// <summary>Both sides have it, with a consent status that disagrees (e.g. opted out in CRM, subscribed in Mailchimp).</summary>
    StatusMismatch,

    /// <summary>Both sides have it, with merge fields that differ from what the CRM sends.</summary>
    FieldMismatch,
}
