namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>How a plan ended.</summary>
public enum PlanResultKind
{
    /// <summary>Mailchimp confirmed every part of the plan.</summary>
    Confirmed,

    /// <summary>Mailchimp refused it for good (compliance state, forgotten address): final, never retried.</summary>
    Refused,

    /// <summary>It failed (invalid data, a member exists at the new address, a transient error): retried on a later run.</summary>
    Failed,
}
