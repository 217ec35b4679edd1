using System.Text.RegularExpressions;

namespace Xrm.Sdk.Facade.Tests.Surface;

/// <summary>The official SDK's public surface, parsed from the generated listing: type headers and member lines per namespace.</summary>
internal sealed partial class OfficialSurface
{
    private readonly Dictionary<string, OfficialType> _types = new(StringComparer.Ordinal);

    public static OfficialSurface Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reference", "xrm-sdk-surface.md");
        return Parse(File.ReadAllLines(path));
    }

    public static OfficialSurface Parse(IEnumerable<string> lines)
    {
        var surface = new OfficialSurface();
        string? ns = null;
        OfficialType? current = null;
        foreach (var line in lines)
        {
            var nsMatch = NamespaceLine().Match(line);
            if (nsMatch.Success)
            {
                ns = nsMatch.Groups[1].Value;
                continue;
            }

            if (ns is null)
            {
                continue;
            }

            if (current is null)
            {
                var header = TypeHeader().Match(line);
                if (header.Success)
                {
                    current = new OfficialType(ns, header.Groups["name"].Value, StripAttributes(line));
                }

                continue;
            }

            if (line == "}")
            {
                surface._types[current.FullName] = current;
                current = null;
            }
            else if (line.Trim() is { Length: > 1 } member)
            {
                current.Members.Add(member);
            }
        }

        return surface;
    }

    public OfficialType? Find(string fullName) => _types.GetValueOrDefault(fullName);

    private static string StripAttributes(string line) => AttributePrefix().Replace(line, string.Empty).Trim();

    [GeneratedRegex(@"^namespace ([\w.]+)")]
    private static partial Regex NamespaceLine();

    [GeneratedRegex(@"^(\[[^\]]+\] )*public (?:(?:sealed|abstract|static) )*(?:class|interface|enum|struct) (?<name>[\w]+(?:<[^>]+>)?)")]
    private static partial Regex TypeHeader();

    [GeneratedRegex(@"^(\[[^\]]+\] )+")]
    private static partial Regex AttributePrefix();
}
