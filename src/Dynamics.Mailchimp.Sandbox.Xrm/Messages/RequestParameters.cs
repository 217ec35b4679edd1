using Dynamics.Mailchimp.Sandbox.Xrm.Faults;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>Reads required request parameters, failing as the platform does when one is missing.</summary>
internal static class RequestParameters
{
    public static T Required<T>(OrganizationRequest request, string name)
    {
        if (request.Parameters.TryGetValue(name, out var value) && value is T typed)
        {
            return typed;
        }

        throw new OrganizationServiceFaultException(
            OrganizationErrorCodes.InvalidArgument,
            value is null
                ? $"Required parameter '{name}' of the {request.RequestName} message is missing."
                : $"Parameter '{name}' of the {request.RequestName} message is a {value.GetType().Name}, expected {typeof(T).Name}.");
    }

    /// <summary>The request's <c>ConcurrencyBehavior</c> (Update, Delete); Default when absent.</summary>
    public static ConcurrencyBehavior Concurrency(OrganizationRequest request) =>
        request.Parameters.TryGetValue("ConcurrencyBehavior", out var value) && value is ConcurrencyBehavior behavior ? behavior : ConcurrencyBehavior.Default;

    /// <summary>The record a Create or Update targets, as a reference (id empty for a Create without one).</summary>
    public static EntityReference TargetOf(OrganizationRequest request)
    {
        var target = Required<Entity>(request, "Target");
        return new EntityReference(target.LogicalName, target.Id);
    }
}
