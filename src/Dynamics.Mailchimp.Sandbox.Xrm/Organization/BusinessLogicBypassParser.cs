using Dynamics.Mailchimp.Sandbox.Xrm.Faults;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>Reads the <c>MSCRM.BypassBusinessLogicExecution</c> header value.</summary>
public static class BusinessLogicBypassParser
{
    /// <summary><c>CustomSync</c>, <c>CustomAsync</c> or <c>CustomSync,CustomAsync</c>, spelled as documented.</summary>
    /// <exception cref="OrganizationServiceFaultException">Any other value, named in the message (0x80040203).</exception>
    public static BusinessLogicBypass Parse(string? value)
    {
        var bypass = BusinessLogicBypass.None;
        foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.TrimEntries))
        {
            bypass |= part switch
            {
                nameof(BusinessLogicBypass.CustomSync) => BusinessLogicBypass.CustomSync,
                nameof(BusinessLogicBypass.CustomAsync) => BusinessLogicBypass.CustomAsync,
                _ => throw new OrganizationServiceFaultException(
                    OrganizationErrorCodes.InvalidArgument,
                    $"'{part}' is not a valid value of BypassBusinessLogicExecution; use CustomSync, CustomAsync or CustomSync,CustomAsync."),
            };
        }

        return bypass;
    }
}
