namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>What one <see cref="ForgetItem"/> is about.</summary>
public enum ForgetTarget
{
    /// <summary>A Mailchimp audience the connector maps (its member is deleted permanently).</summary>
    Audience,

    /// <summary>A <c>dmc_syncqueueitem</c> row that carried the address.</summary>
    QueueRow,

    /// <summary>A <c>dmc_consentevent</c> row whose text carried the address.</summary>
    ConsentEvent,

    /// <summary>A <c>dmc_emailactivity</c> row the campaign activity import wrote for the address.</summary>
    EmailActivity,

    /// <summary>A contact, lead or account with the address, whose Mailchimp id and status the connector stored.</summary>
    Record,

    /// <summary>The one audit row (<c>dmc_consentevent</c>) of the erasure.</summary>
    Audit,
}
