namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>What a Mailchimp status means for a record, counted per kind in the run's summary.</summary>
public enum ConsentChangeKind
{
    /// <summary>Unsubscribed in Mailchimp: opted out, leaves the audience's lists.</summary>
    Unsubscribed,

    /// <summary>Cleaned (hard bounce): the address is dead.</summary>
    Cleaned,

    /// <summary>Subscribed again in Mailchimp after an unsubscribe or a clean the CRM knew of.</summary>
    Resubscribed,

    /// <summary>Archived in Mailchimp: status only.</summary>
    Archived,

    /// <summary>Another status (subscribed, pending, transactional) the CRM did not have yet: status only.</summary>
    StatusOnly,

    /// <summary>A subscribed member no record stands for, created as a lead (<see cref="PullOptions.CreateLeadsForUnmatched"/>).</summary>
    LeadCreated,
}
