using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace Dynamics.Mailchimp.Solution.Settings;

/// <summary>
/// The environment variable definitions of a solution: <c>environmentvariabledefinitions/&lt;schema
/// name&gt;/environmentvariabledefinition.xml</c>, in the source (solution/src, embedded at build) and at the same path in a
/// packed zip. Ordered by schema name (ordinal).
/// </summary>
public static class EnvironmentVariableCatalog
{
    /// <summary>The folder, under the solution source and in the zip.</summary>
    public const string Folder = "environmentvariabledefinitions";

    /// <summary>The definition's file name.</summary>
    public const string FileName = "environmentvariabledefinition.xml";

    private const string ResourcePrefix = "EnvironmentVariables.Solution.";

    /// <summary>The connector's definitions, from solution/src (embedded in this assembly at build).</summary>
    /// <returns>The definitions.</returns>
    public static IReadOnlyList<EnvironmentVariableDefinition> FromSolution()
    {
        var assembly = typeof(EnvironmentVariableCatalog).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                return Read(stream, n);
            })
            .OrderBy(d => d.SchemaName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The definitions a packed solution zip carries; none when it has no <see cref="Folder"/>.</summary>
    /// <param name="zipPath">The zip.</param>
    /// <returns>The definitions.</returns>
    /// <exception cref="EnvironmentVariableSourceException">A definition cannot be read.</exception>
    public static IReadOnlyList<EnvironmentVariableDefinition> FromZip(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        return zip.Entries
            .Where(e => e.FullName.StartsWith(Folder + "/", StringComparison.Ordinal) && e.FullName.EndsWith("/" + FileName, StringComparison.Ordinal))
            .Select(e =>
            {
                using var stream = e.Open();
                return Read(stream, zipPath + "!" + e.FullName);
            })
            .OrderBy(d => d.SchemaName, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads one <c>environmentvariabledefinition.xml</c>.</summary>
    /// <param name="stream">The file.</param>
    /// <param name="source">Names the file in errors.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="EnvironmentVariableSourceException">It is not a definition with a schema name and a numeric type.</exception>
    public static EnvironmentVariableDefinition Read(Stream stream, string source)
    {
        XElement root;
        try
        {
            root = XElement.Load(stream);
        }
        catch (XmlException ex)
        {
            throw new EnvironmentVariableSourceException(source, $"is not well-formed XML: {ex.Message}", ex);
        }

        var schemaName = (string?)root.Attribute("schemaname");
        if (root.Name != EnvironmentVariableNames.DefinitionTable || string.IsNullOrWhiteSpace(schemaName))
        {
            throw new EnvironmentVariableSourceException(source, "must be an environmentvariabledefinition element with a schemaname");
        }

        if (!int.TryParse(((string?)root.Element(EnvironmentVariableNames.Type))?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var type))
        {
            throw new EnvironmentVariableSourceException(source, $"'{schemaName}' has no numeric type");
        }

        return new EnvironmentVariableDefinition(schemaName, type, (string?)root.Element(EnvironmentVariableNames.DefaultValue));
    }
}
