using Dynamics.Mailchimp.Dataverse.Configuration;

namespace Dynamics.Mailchimp.Dataverse.Errors;

/// <summary>What an administrator should fix after a 401 or 403. Names ids and URLs only, never secrets.</summary>
internal static class DataverseAdminHints
{
    public static string Unauthorized(DataverseClientOptions options)
    {
        var environment = options.EnvironmentUrl?.GetLeftPart(UriPartial.Authority);
        return options.AuthType switch
        {
            DataverseAuthType.StaticToken when options.Credential is null =>
                $"The static bearer token was rejected by {environment}; supply a current token for that environment.",
            _ => $"Check that an application user exists and is enabled in {environment} for client id {Show(options.ClientId)} " +
                 $"(Power Platform admin center > Environment > Settings > Users + permissions > Application users), and that the token is issued " +
                 $"by tenant {Show(options.TenantId)} for scope {options.GetScope()}.",
        };
    }

    public static string Forbidden(DataverseClientOptions options) =>
        $"The caller is authenticated but lacks a privilege: assign the application user for client id {Show(options.ClientId)} in " +
        $"{options.EnvironmentUrl?.GetLeftPart(UriPartial.Authority)} the solution's \"Mailchimp Sync Service\" security role, which grants what the job needs; " +
        "if it has that role, the role in this organization lacks the privilege named in the server message." +
        (options.BypassCustomPlugins
            ? " BypassCustomPlugins is on: it needs prvBypassCustomPlugins, which that role does not grant; turn the setting off or grant the privilege in a role of your own."
            : string.Empty);

    private static string Show(string? value) => string.IsNullOrWhiteSpace(value) ? "(not set)" : value;
}
