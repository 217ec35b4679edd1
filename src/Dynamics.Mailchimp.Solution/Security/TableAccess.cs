namespace Dynamics.Mailchimp.Solution.Security;

/// <summary>The six table privileges a role grants per table that the connector relies on (Assign and Share are not used).</summary>
public enum TableAccess
{
    /// <summary><c>prvCreate…</c>: create a row.</summary>
    Create,

    /// <summary><c>prvRead…</c>: read or query rows.</summary>
    Read,

    /// <summary><c>prvWrite…</c>: update a row.</summary>
    Write,

    /// <summary><c>prvDelete…</c>: delete a row.</summary>
    Delete,

    /// <summary><c>prvAppend…</c>: set a lookup of this row to another row.</summary>
    Append,

    /// <summary><c>prvAppendTo…</c>: let other rows look up this one.</summary>
    AppendTo,
}
