namespace Xrm.Sdk.Facade.Tests.Surface;

/// <summary>One type of the official listing: its header line (attributes stripped) and member lines.</summary>
internal sealed record OfficialType(string Namespace, string Name, string Header)
{
    public string FullName => $"{Namespace}.{Name}";

    public HashSet<string> Members { get; } = new(StringComparer.Ordinal);
}
