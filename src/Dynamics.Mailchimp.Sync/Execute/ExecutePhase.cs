namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>The phases a plan goes through in an audience, in order (<see cref="MailchimpPlanExecutor"/>).</summary>
internal enum ExecutePhase
{
    /// <summary>Email changes, and the existence check of update-only members.</summary>
    Rename,

    /// <summary>Batch subscribe: upserts and unsubscribes.</summary>
    Upsert,

    /// <summary>Tags through their static segments.</summary>
    Tags,

    /// <summary>Archives.</summary>
    Archive,
}
