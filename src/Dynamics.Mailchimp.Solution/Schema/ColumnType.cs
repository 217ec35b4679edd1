namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>The column types the connector's tables use, named after Dataverse attribute types.</summary>
public enum ColumnType
{
    /// <summary>The table's primary key (a GUID).</summary>
    PrimaryKey,

    /// <summary>Single line of text (<c>nvarchar</c>).</summary>
    String,

    /// <summary>Multiple lines of text (<c>ntext</c>).</summary>
    Memo,

    /// <summary>Whole number (<c>int</c>).</summary>
    Integer,

    /// <summary>Big integer (<c>bigint</c>).</summary>
    BigInt,

    /// <summary>Yes/No (<c>bit</c>).</summary>
    Boolean,

    /// <summary>Date and time.</summary>
    DateTime,

    /// <summary>Choice (<c>picklist</c>).</summary>
    Picklist,

    /// <summary>Status (<c>statecode</c>).</summary>
    State,

    /// <summary>Status reason (<c>statuscode</c>).</summary>
    Status,

    /// <summary>Lookup to one or more tables.</summary>
    Lookup,

    /// <summary>Decimal number.</summary>
    Decimal,

    /// <summary>Currency.</summary>
    Money,
}
