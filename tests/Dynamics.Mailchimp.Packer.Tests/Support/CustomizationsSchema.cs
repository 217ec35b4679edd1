using System.Xml.Linq;
using Dynamics.Mailchimp.Solution.Schema;

namespace Dynamics.Mailchimp.Packer.Tests.Support;

/// <summary>Microsoft's customization schema from the repository's <c>shared/schemas</c> copy, loaded once.</summary>
internal static class CustomizationsSchema
{
    private static readonly Lazy<Solution.Schema.CustomizationsSchema> Schema = new(() => Solution.Schema.CustomizationsSchema.Load(RepositoryFiles.CustomizationsXsd));

    public static IReadOnlyList<string> Validate(XDocument document) => Schema.Value.Validate(document);
}
