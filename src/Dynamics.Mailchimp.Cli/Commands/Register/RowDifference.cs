using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>Which properties of a registration row differ from what the organization has. Pure.</summary>
public static class RowDifference
{
    /// <summary>
    /// The properties to write: every column and lookup when the row is missing, else those whose value differs
    /// (a lookup compares the id in <c>_x_value</c>; a missing property reads as null).
    /// </summary>
    /// <param name="desired">The declared row.</param>
    /// <param name="existing">The row as read, or null when it does not exist.</param>
    /// <returns>The names of the differing columns and lookups (lookups by column name).</returns>
    public static IReadOnlyList<string> Changed(RegistrationRow desired, JsonElement? existing)
    {
        ArgumentNullException.ThrowIfNull(desired);
        if (existing is not { } row)
        {
            return [.. desired.Values.Keys, .. desired.Lookups.Select(l => l.Column)];
        }

        var changed = desired.Values
            .Where(v => !JsonNode.DeepEquals(v.Value, Read(row, v.Key)))
            .Select(v => v.Key)
            .ToList();
        changed.AddRange(desired.Lookups
            .Where(l => !(Read(row, l.ValueProperty) is JsonValue value && value.TryGetValue<string>(out var id) && Guid.TryParse(id, out var guid) && guid == l.Id))
            .Select(l => l.Column));
        return changed;
    }

    /// <summary>The body that writes <paramref name="changed"/> of <paramref name="desired"/>: columns as values, lookups as binds.</summary>
    /// <param name="desired">The declared row.</param>
    /// <param name="changed">What <see cref="Changed"/> returned.</param>
    /// <returns>The PATCH body.</returns>
    public static JsonObject Body(RegistrationRow desired, IReadOnlyList<string> changed)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(changed);
        var body = new JsonObject();
        foreach (var (column, value) in desired.Values.Where(v => changed.Contains(v.Key)))
        {
            body[column] = value?.DeepClone();
        }

        foreach (var lookup in desired.Lookups.Where(l => changed.Contains(l.Column)))
        {
            body[lookup.BindProperty] = lookup.BindValue;
        }

        return body;
    }

    private static JsonNode? Read(JsonElement row, string property) =>
        row.TryGetProperty(property, out var value) && value.ValueKind != JsonValueKind.Null ? JsonNode.Parse(value.GetRawText()) : null;
}
