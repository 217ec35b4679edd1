namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>What <c>forget</c> did with one item.</summary>
public enum ForgetOutcome
{
    /// <summary>Mailchimp deleted the member permanently (<c>delete-permanent</c> answered 204).</summary>
    Erased,

    /// <summary>The address is not a member of the audience (404): nothing to delete, which is fine.</summary>
    NotAMember,

    /// <summary>The row's or record's copies of the address were cleared.</summary>
    Cleared,

    /// <summary>The audit row was written.</summary>
    Written,

    /// <summary>Dry run: this would change.</summary>
    WouldChange,

    /// <summary>The row changed or vanished between the read and the write (a push recorded it): run <c>forget</c> again.</summary>
    ChangedMeanwhile,

    /// <summary>Failed; the detail names the item and the service's error. Run <c>forget</c> again.</summary>
    Failed,
}
