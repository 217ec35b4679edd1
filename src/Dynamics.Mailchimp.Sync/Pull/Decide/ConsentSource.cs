namespace Dynamics.Mailchimp.Sync.Pull.Decide;

/// <summary>Where a consent change was made (<c>dmc_source</c> of <c>dmc_consentevent</c>).</summary>
public enum ConsentSource
{
    /// <summary>In Mailchimp, read back by the pull.</summary>
    Mailchimp,

    /// <summary>In the CRM, carried to Mailchimp by the push.</summary>
    Crm,
}
