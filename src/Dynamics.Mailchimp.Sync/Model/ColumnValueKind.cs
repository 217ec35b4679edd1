namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>The Dataverse type of a column value, which decides how it is written as a merge field.</summary>
public enum ColumnValueKind
{
    /// <summary>No value.</summary>
    Null,

    /// <summary>Text (string, memo, email, URL).</summary>
    Text,

    /// <summary>A whole or decimal number, or money.</summary>
    Number,

    /// <summary>Yes/No.</summary>
    Boolean,

    /// <summary>A choice (option set); sent as its label.</summary>
    Choice,

    /// <summary>A date-only column.</summary>
    Date,

    /// <summary>A date and time column.</summary>
    DateTime,

    /// <summary>A lookup; sent as the referenced record's name.</summary>
    Lookup,
}
