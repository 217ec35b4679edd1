namespace Dynamics.Mailchimp.Solution.Package;

/// <summary>The fixed entry names at the root of a solution zip (the import format; /work/shared/reference/dataverse.md §5).</summary>
public static class PackageEntries
{
    /// <summary>The manifest.</summary>
    public const string Solution = "solution.xml";

    /// <summary>The customizations.</summary>
    public const string Customizations = "customizations.xml";

    /// <summary>The Open Packaging Conventions content types.</summary>
    public const string ContentTypes = "[Content_Types].xml";
}
