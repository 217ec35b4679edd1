namespace Dynamics.Mailchimp.Sandbox.Dataverse;

/// <summary>The bearer tokens a sandbox accepts and the users they stand for. <see cref="ToString"/> never shows a token.</summary>
public sealed class SandboxTokens
{
    internal SandboxTokens(string adminToken, Guid adminUserId, string connectorToken, Guid connectorUserId, Guid connectorApplicationId)
    {
        AdminToken = adminToken;
        AdminUserId = adminUserId;
        ConnectorToken = connectorToken;
        ConnectorUserId = connectorUserId;
        ConnectorApplicationId = connectorApplicationId;
    }

    /// <summary>The admin's token (the admin may send <c>MSCRM.BypassCustomPluginExecution</c>).</summary>
    public string AdminToken { get; }

    /// <summary>The admin's systemuser id.</summary>
    public Guid AdminUserId { get; }

    /// <summary>The connector application user's token.</summary>
    public string ConnectorToken { get; }

    /// <summary>The connector application user's systemuser id.</summary>
    public Guid ConnectorUserId { get; }

    /// <summary>The connector's Entra application id (the application user's <c>applicationid</c>).</summary>
    public Guid ConnectorApplicationId { get; }

    /// <summary>The user ids, with tokens redacted.</summary>
    public override string ToString() => $"SandboxTokens {{ AdminUserId = {AdminUserId}, ConnectorUserId = {ConnectorUserId}, tokens redacted }}";
}
