using System.IO.Compression;
using System.Xml.Linq;
using Dynamics.Mailchimp.Packer.Package;

namespace Dynamics.Mailchimp.Packer.Reading;

/// <summary>A solution zip read back: its entries in order, its manifest and its customizations.</summary>
/// <param name="Entries">Entry name and content, in the order the zip holds them.</param>
public sealed record PackedSolution(IReadOnlyList<KeyValuePair<string, byte[]>> Entries)
{
    /// <summary>The entry names, in zip order.</summary>
    public IEnumerable<string> EntryNames => Entries.Select(e => e.Key);

    /// <summary>solution.xml.</summary>
    public XDocument Solution => Document(PackageEntries.Solution);

    /// <summary>customizations.xml.</summary>
    public XDocument Customizations => Document(PackageEntries.Customizations);

    /// <summary>Reads the zip at <paramref name="path"/>.</summary>
    /// <param name="path">A solution zip.</param>
    /// <returns>Its entries.</returns>
    public static PackedSolution Open(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var entries = zip.Entries.Select(e => new KeyValuePair<string, byte[]>(e.FullName, ReadAll(e))).ToList();
        return new PackedSolution(entries);
    }

    /// <summary>The content of <paramref name="name"/>.</summary>
    /// <param name="name">An entry name.</param>
    /// <returns>Its bytes.</returns>
    /// <exception cref="InvalidDataException">The zip has no such entry.</exception>
    public byte[] Read(string name) =>
        Entries.FirstOrDefault(e => e.Key == name).Value ?? throw new InvalidDataException($"The solution zip has no entry {name}.");

    private XDocument Document(string name)
    {
        using var stream = new MemoryStream(Read(name));
        return XDocument.Load(stream);
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
