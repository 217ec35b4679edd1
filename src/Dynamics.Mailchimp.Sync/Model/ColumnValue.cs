namespace Dynamics.Mailchimp.Sync.Model;

/// <summary>
/// One column of a record as Read returns it: the typed value and, for choices and lookups, the formatted value
/// (<c>OData.Community.Display.V1.FormattedValue</c>). Build it with the factory methods.
/// </summary>
/// <param name="Kind">The column type.</param>
/// <param name="Value">The typed value: string, decimal, bool, int (choice), DateOnly, DateTimeOffset or Guid (lookup).</param>
/// <param name="FormattedValue">The label of a choice or the name of a lookup.</param>
public sealed record ColumnValue(ColumnValueKind Kind, object? Value, string? FormattedValue)
{
    /// <summary>Gets the empty value.</summary>
    public static ColumnValue Null { get; } = new(ColumnValueKind.Null, null, null);

    /// <summary>Text.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The value.</returns>
    public static ColumnValue Text(string? value) => value is null ? Null : new(ColumnValueKind.Text, value, null);

    /// <summary>A number.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static ColumnValue Number(decimal value) => new(ColumnValueKind.Number, value, null);

    /// <summary>Yes/No.</summary>
    /// <param name="value">The flag.</param>
    /// <returns>The value.</returns>
    public static ColumnValue Boolean(bool value) => new(ColumnValueKind.Boolean, value, null);

    /// <summary>A choice with its label.</summary>
    /// <param name="optionValue">The option value.</param>
    /// <param name="label">The label in the job user's language.</param>
    /// <returns>The value.</returns>
    public static ColumnValue Choice(int optionValue, string label) => new(ColumnValueKind.Choice, optionValue, label);

    /// <summary>A date-only value.</summary>
    /// <param name="value">The date.</param>
    /// <returns>The value.</returns>
    public static ColumnValue Date(DateOnly value) => new(ColumnValueKind.Date, value, null);

    /// <summary>A date and time.</summary>
    /// <param name="value">The instant.</param>
    /// <returns>The value.</returns>
    public static ColumnValue DateTime(DateTimeOffset value) => new(ColumnValueKind.DateTime, value, null);

    /// <summary>A lookup with the referenced record's name.</summary>
    /// <param name="id">The referenced id.</param>
    /// <param name="name">The referenced record's primary name.</param>
    /// <returns>The value.</returns>
    public static ColumnValue Lookup(Guid id, string name) => new(ColumnValueKind.Lookup, id, name);
}
