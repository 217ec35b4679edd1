namespace Dynamics.Mailchimp.Sandbox.Xrm.Querying;

/// <summary>Equality of values already through <see cref="ValueComparer.Normalize"/>: text ignoring case, anything else by value.</summary>
internal sealed class NormalizedValueEquality : IEqualityComparer<object>
{
    public static readonly NormalizedValueEquality Instance = new();

    public new bool Equals(object? x, object? y) =>
        x is string s && y is string t ? string.Equals(s, t, StringComparison.OrdinalIgnoreCase) : object.Equals(x, y);

    public int GetHashCode(object obj) =>
        obj is string s ? StringComparer.OrdinalIgnoreCase.GetHashCode(s) : obj.GetHashCode();
}
