using System.Xml.Linq;

namespace Dynamics.Mailchimp.Solution.Schema;

/// <summary>Reads the label an unpacked-solution element carries in <c>displaynames/displayname</c>.</summary>
internal static class DisplayNames
{
    private const string English = "1033";

    /// <summary>The English display name of <paramref name="element"/> (else its first one), or null when it has none.</summary>
    public static string? Of(XElement element)
    {
        var names = element.Element("displaynames")?.Elements("displayname").ToArray() ?? [];
        var chosen = names.FirstOrDefault(n => (string?)n.Attribute("languagecode") == English) ?? names.FirstOrDefault();
        return (string?)chosen?.Attribute("description");
    }
}
