namespace Dynamics.Mailchimp.Sync.Expand;

/// <summary>What happened to one record in one audience.</summary>
public enum MemberEventKind
{
    /// <summary>The record joined a list.</summary>
    Joined,

    /// <summary>The record left a list.</summary>
    Left,

    /// <summary>The record's data changed (a created record, an email change, consent, status, mapped columns).</summary>
    Changed,

    /// <summary>The record was deleted.</summary>
    Deleted,

    /// <summary>A full resync re-evaluates the record's membership of a list.</summary>
    Reevaluated,
}
