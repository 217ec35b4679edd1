using Dynamics.Mailchimp.Solution.Settings;

namespace Dynamics.Mailchimp.Packer.Package;

/// <summary>
/// The environment variable definitions of the solution source, <c>environmentvariabledefinitions/&lt;schema
/// name&gt;/environmentvariabledefinition.xml</c> (the unpacked layout of Microsoft's pack tools, as in
/// microsoft/coe-starter-kit's CenterofExcellenceCoreComponents/SolutionPackage/src), packed at the same path. Only
/// definitions ship: a current value (<c>environmentvariablevalues.json</c>) belongs to each environment, and a secret
/// (type 100000005) points at an Azure Key Vault the job cannot read through the Web API, so both are refused.
/// </summary>
public static class EnvironmentVariableFiles
{
    /// <summary>The folder, under the solution source and in the zip.</summary>
    public const string Folder = EnvironmentVariableCatalog.Folder;

    /// <summary>The definition's file name.</summary>
    public const string FileName = EnvironmentVariableCatalog.FileName;

    /// <summary>The value file an export may carry, refused here.</summary>
    public const string ValuesFileName = "environmentvariablevalues.json";

    /// <summary>The definitions under <paramref name="solutionFolder"/>, ordered by schema name (ordinal); none when the folder is absent.</summary>
    /// <param name="solutionFolder">solution/src.</param>
    /// <returns>Each definition's schema name, zip entry path and bytes.</returns>
    /// <exception cref="PackSourceException">A definition is malformed, names another schema than its folder, is a secret, or has a value file.</exception>
    public static IReadOnlyList<EnvironmentVariableFile> Load(string solutionFolder)
    {
        var root = Path.Combine(solutionFolder, Folder);
        if (!Directory.Exists(root))
        {
            return [];
        }

        return Directory.EnumerateDirectories(root)
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();
    }

    private static EnvironmentVariableFile Read(string folder)
    {
        var schemaName = Path.GetFileName(folder);
        if (File.Exists(Path.Combine(folder, ValuesFileName)))
        {
            throw new PackSourceException($"{Path.Combine(folder, ValuesFileName)}: a current value must not ship in the solution; each environment sets its own. Delete the file.");
        }

        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new PackSourceException($"The environment variable folder {folder} has no {FileName}.");
        }

        var bytes = File.ReadAllBytes(path);
        EnvironmentVariableDefinition definition;
        try
        {
            using var stream = new MemoryStream(bytes);
            definition = EnvironmentVariableCatalog.Read(stream, path);
        }
        catch (EnvironmentVariableSourceException ex)
        {
            throw new PackSourceException(ex.Message, ex);
        }

        if (definition.SchemaName != schemaName)
        {
            throw new PackSourceException($"{path} must be an environmentvariabledefinition whose schemaname is its folder's name, '{schemaName}'.");
        }

        if (definition.Type == EnvironmentVariableTypes.Secret)
        {
            throw new PackSourceException($"{path}: '{schemaName}' is a Secret environment variable; the sync job cannot read Key Vault secrets through the Web API, so secrets are given to the job in its own configuration instead.");
        }

        return new EnvironmentVariableFile(schemaName, Folder + "/" + schemaName + "/" + FileName, bytes);
    }
}
