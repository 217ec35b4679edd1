using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Runs the core operation of one message (the pipeline's MainOperation stage).</summary>
internal interface IMessageExecutor
{
    /// <summary>The request name, e.g. <c>AddMemberList</c>.</summary>
    string RequestName { get; }

    /// <summary>The SDK message steps are registered on, e.g. <c>AddMember</c>.</summary>
    string SdkMessageName { get; }

    /// <summary>The primary table and record of the request (id empty when not known yet).</summary>
    EntityReference PrimaryEntity(OrganizationRequest request);

    /// <summary>Whether the core operation only reads the store (no row written, no state kept), so it may run beside other reads.</summary>
    bool ReadsOnly => false;

    /// <summary>Runs the core operation.</summary>
    OrganizationResponse Execute(OrganizationRequest request, CallerOptions caller);
}
