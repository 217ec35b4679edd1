namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>What <c>dmc register</c> did (or, with <c>--dry-run</c>, would do) to one row.</summary>
public enum RowChangeKind
{
    /// <summary>The row is as declared; nothing written.</summary>
    Unchanged,

    /// <summary>The row did not exist and is created under its stable id.</summary>
    Create,

    /// <summary>The row exists and the differing properties are updated.</summary>
    Update,
}
