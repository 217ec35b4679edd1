using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>Compares stored values with condition values the way Dataverse does: by id, option value or number; text ignoring case.</summary>
internal static class ValueComparer
{
    public static object? Normalize(object? value) => value switch
    {
        EntityReference reference => reference.Id,
        OptionSetValue option => (decimal)option.Value,
        Money money => money.Value,
        int number => (decimal)number,
        long number => (decimal)number,
        double number => (decimal)number,
        decimal number => number,
        Guid or bool or string or DateTime => value,
        null => null,
        _ => value,
    };

    public static bool AreEqual(object? left, object? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        return a is string s && b is string t ? string.Equals(s, t, StringComparison.OrdinalIgnoreCase) : Equals(a, b);
    }

    public static int Compare(object? left, object? right)
    {
        var a = Normalize(left);
        var b = Normalize(right);
        if (a is string s && b is string t)
        {
            return string.Compare(s, t, StringComparison.OrdinalIgnoreCase);
        }

        return a is IComparable comparable && b is not null && a.GetType() == b.GetType()
            ? comparable.CompareTo(b)
            : a is null ? (b is null ? 0 : -1) : 1;
    }
}
