using System.Collections;
using System.Reflection;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Configuration;

/// <summary>
/// Reads every public property recursively, as reflection-based destructuring (e.g. Serilog's <c>{@Options}</c>) does, so a
/// secret-leak test can check what such a logger would see. Shared with the Dataverse client's tests (linked there).
/// </summary>
internal static class PublicPropertyGraph
{
    private const int MaxDepth = 4;

    /// <summary>The text of every leaf value reachable through public getters from <paramref name="root"/>.</summary>
    public static List<string> Values(object root)
    {
        var values = new List<string>();
        Destructure(root, values, depth: 0);
        return values;
    }

    private static void Destructure(object? value, List<string> values, int depth)
    {
        if (value is null || depth > MaxDepth)
        {
            return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or Uri or TimeSpan or decimal or DateTimeOffset)
        {
            values.Add(value.ToString() ?? string.Empty);
            return;
        }

        if (value is IEnumerable sequence)
        {
            foreach (var item in sequence)
            {
                Destructure(item, values, depth + 1);
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetGetMethod() is not null && p.GetIndexParameters().Length == 0))
        {
            Destructure(property.GetValue(value), values, depth + 1);
        }
    }
}
