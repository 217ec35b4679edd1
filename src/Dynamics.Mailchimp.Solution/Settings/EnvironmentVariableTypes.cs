namespace Dynamics.Mailchimp.Solution.Settings;

/// <summary>
/// The values of <c>environmentvariabledefinition.type</c> (Microsoft's Environment Variable Definition table reference,
/// learn.microsoft.com/power-apps/developer/data-platform/reference/entities/environmentvariabledefinition, "Type Options";
/// Secret from /work/shared/reference/dataverse.md §5).
/// </summary>
public static class EnvironmentVariableTypes
{
    /// <summary>Text.</summary>
    public const int String = 100000000;

    /// <summary>A decimal number.</summary>
    public const int Number = 100000001;

    /// <summary>Yes/No.</summary>
    public const int Boolean = 100000002;

    /// <summary>A JSON document.</summary>
    public const int Json = 100000003;

    /// <summary>A data source.</summary>
    public const int DataSource = 100000004;

    /// <summary>A reference to an Azure Key Vault secret, which the Web API does not return.</summary>
    public const int Secret = 100000005;
}
