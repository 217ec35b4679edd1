using System.Globalization;
using Dynamics.Mailchimp.Dataverse.Validation;

namespace Dynamics.Mailchimp.Dataverse.Writes;

/// <summary>Identifies a row by primary id, <c>(00000000-…)</c>, or by alternate key, <c>(emailaddress1='a@b.c',…)</c>.</summary>
public sealed class EntityKey
{
    private readonly string _segment;

    private EntityKey(string segment, Guid? id)
    {
        _segment = segment;
        Id = id;
    }

    /// <summary>The primary id, when the key is one.</summary>
    public Guid? Id { get; }

    /// <summary>A key by primary id.</summary>
    /// <param name="id">The row id (not empty).</param>
    /// <returns>The key.</returns>
    public static EntityKey FromId(Guid id) => new("(" + DataverseNames.Id(id).ToString("D") + ")", id);

    /// <summary>A key by alternate key columns (the key must be defined on the table).</summary>
    /// <param name="values">Column logical names and values (string, Guid, integer, decimal or bool).</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">No columns, a bad column name or an unsupported value type.</exception>
    public static EntityKey FromAlternateKey(IReadOnlyDictionary<string, object> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            throw new ArgumentException("An alternate key needs at least one column.", nameof(values));
        }

        var parts = values.Select(pair => DataverseNames.Column(pair.Key, nameof(values)) + "=" + FormatValue(pair.Key, pair.Value));
        return new EntityKey("(" + string.Join(',', parts) + ")", null);
    }

    /// <summary>The key as a path segment, e.g. <c>(00000000-0000-0000-0000-000000000001)</c>.</summary>
    /// <returns>The segment.</returns>
    public override string ToString() => _segment;

    private static string FormatValue(string column, object value) => value switch
    {
        string text => "'" + Uri.EscapeDataString(text).Replace("%27", "''", StringComparison.Ordinal) + "'",
        Guid guid => guid.ToString("D"),
        bool flag => flag ? "true" : "false",
        int or long or short or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        _ => throw new ArgumentException($"Alternate key column '{column}' has an unsupported value type {value?.GetType().Name ?? "null"}.", nameof(value)),
    };
}
