using System.IO.Compression;
using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Package;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Tests.Support;

/// <summary>A copy of a solution zip with its customizations.xml edited, for tests that change what the package declares.</summary>
internal static class EditedZip
{
    /// <summary>Copies <paramref name="zip"/> to <paramref name="target"/>, applying <paramref name="edit"/> to customizations.xml.</summary>
    public static string Write(string zip, string target, Action<XDocument> edit)
    {
        File.Copy(zip, target, overwrite: true);
        using var archive = ZipFile.Open(target, ZipArchiveMode.Update);
        var entry = archive.GetEntry(PackageEntries.Customizations)!;
        XDocument document;
        using (var stream = entry.Open())
        {
            document = XDocument.Load(stream);
        }

        edit(document);
        entry.Delete();
        using (var stream = archive.CreateEntry(PackageEntries.Customizations).Open())
        {
            document.Save(stream);
        }

        return target;
    }

    /// <summary>Removes the step <paramref name="stepId"/> from customizations.xml.</summary>
    public static Action<XDocument> WithoutStep(Guid stepId) =>
        document => document.Root!.Element(CustomizationNames.Steps)!.Elements(CustomizationNames.Step)
            .Single(s => Guid.Parse((string)s.Attribute(CustomizationNames.StepId)!) == stepId)
            .Remove();
}
