using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;
using Dynamics.Mailchimp.Sandbox.Dataverse.Security;
using Dynamics.Mailchimp.Sandbox.Hosting.Latency;
using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Dynamics.Mailchimp.Sandbox.Hosting.Routing;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.AspNetCore.Builder;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

/// <summary>Creates the sandbox's users and tokens, and composes its HTTP pipeline in order.</summary>
internal static class SandboxPipeline
{
    /// <summary>recording → OData headers → authentication and limits → latency/gate → Web API dispatch → 501 fallback.</summary>
    public static void Configure(WebApplication app, RequestLog log, TimeProvider clock, InjectedLatency latency, RequestGate gate, SandboxRuntime runtime)
    {
        app.UseRequestRecording(log, clock);
        app.UseDataverseResponseHeaders();
        app.UseDataverseAuthentication(runtime);
        app.UseInjectedLatency(latency, gate);
        app.UseDataverseWebApi(runtime);
        app.MapNotImplementedFallback(HttpResponses.WriteNotImplementedAsync);
    }

    /// <summary>
    /// Adds the admin (a System Administrator: every privilege) and the connector's application user (its security roles,
    /// "Mailchimp Sync Service" unless the options say otherwise), and registers their tokens.
    /// </summary>
    public static SandboxTokens CreateTokens(InMemoryOrganization organization, DataverseSandboxOptions options, TokenRegistry registry)
    {
        var applicationId = options.ConnectorApplicationId ?? Guid.NewGuid();
        var tokens = new SandboxTokens(
            options.AdminToken ?? TokenRegistry.NewToken(),
            organization.CreateUser("Sandbox Admin", null),
            options.ConnectorToken ?? TokenRegistry.NewToken(),
            organization.CreateUser("Dynamics.Mailchimp connector", applicationId),
            applicationId);
        registry.Add(tokens.AdminToken, new WebApiCaller(tokens.AdminUserId, CallerPrivileges.Unrestricted));
        registry.Add(tokens.ConnectorToken, new WebApiCaller(tokens.ConnectorUserId, CallerPrivileges.FromRoles(options.EffectiveConnectorRoles(), options.ConnectorPrivileges)));
        return tokens;
    }
}
