namespace Dynamics.Mailchimp.Sync.Read;

/// <summary>
/// The Web API properties <see cref="ColumnValueReader"/> looks for of one column: made once per read instead of once per
/// row (four strings a column a row, for thousands of rows).
/// </summary>
/// <param name="column">The column's logical name.</param>
internal sealed class ColumnNames(string column)
{
    /// <summary>Gets the column's logical name (its property when it is not a lookup).</summary>
    public string Column { get; } = column;

    /// <summary>Gets the property of the column as a lookup: <c>_column_value</c>.</summary>
    public string Lookup { get; } = ReadNames.LookupProperty(column);

    /// <summary>Gets the lookup's formatted value annotation (the row's name).</summary>
    public string LookupFormatted { get; } = ReadNames.Annotation(ReadNames.LookupProperty(column), ReadNames.FormattedValue);

    /// <summary>Gets the column's formatted value annotation.</summary>
    public string Formatted { get; } = ReadNames.Annotation(column, ReadNames.FormattedValue);
}
