using System.IO.Compression;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Packer.Package;

/// <summary>
/// Writes a zip whose bytes depend only on its entries: entries in the order given, one fixed timestamp, fixed
/// compression, XML serialized with fixed settings (UTF-8 without BOM, two-space indent, LF line ends).
/// </summary>
public static class DeterministicZip
{
    /// <summary>The timestamp every entry carries (zip stores local time to 2 s; 1980-01-01 is its epoch).</summary>
    public static readonly DateTimeOffset EntryTimestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An XML document as the bytes the zip stores.</summary>
    /// <param name="document">The document.</param>
    /// <returns>Its UTF-8 serialization.</returns>
    public static byte[] Serialize(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            document.Save(writer);
        }

        return buffer.ToArray();
    }

    /// <summary>Writes <paramref name="entries"/> to <paramref name="path"/>, replacing the file.</summary>
    /// <param name="path">The zip file.</param>
    /// <param name="entries">Entry name and content, in the order they are written.</param>
    public static void Write(string path, IEnumerable<KeyValuePair<string, byte[]>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        foreach (var (name, content) in entries)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
            entry.LastWriteTime = EntryTimestamp;
            using var stream = entry.Open();
            stream.Write(content);
        }
    }
}
